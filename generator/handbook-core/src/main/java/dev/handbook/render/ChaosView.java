package dev.handbook.render;

import dev.handbook.model.ChaosExperiment;
import dev.handbook.model.ChaosResult;
import dev.handbook.model.Formats;
import dev.handbook.render.input.LinkView;
import dev.handbook.render.input.RenderInput;
import java.util.List;

/**
 * The view {@code chaos.ftlh} renders. Markup fields are HTML, null when unset.
 *
 * @param run the result in words, the probes, the steps and the evidence file
 * @param started when a run read from a tool started and ended, to the second; empty when unknown (so is {@code ended})
 * @param duration how long the fault was injected; empty when unknown
 * @param tool the tool as written; empty when unset
 * @param reasonHeading the heading over {@code reason}: why there is no result, why it was aborted, or what went wrong
 */
public record ChaosView(
        SiteView site, String title, String section, RecordView record, String date, ChaosRunView run, String started, String ended,
        String duration, String hypothesis, String fault, String tool, String blastRadius, List<LinkView> targets, List<LinkView> runbooks,
        List<String> abortConditions, String observations, List<String> findings, List<ActionView> actionItems, String reason,
        String reasonHeading) implements PageView {

    public static ChaosView of(RenderInput input, ChaosExperiment chaos) {
        EntryPage page = EntryPage.of(input, chaos);
        MarkupHtml html = page.html();
        return new ChaosView(page.site(), page.title(), page.section(), page.record(), ViewValues.text(chaos.date()),
                ChaosRunView.of(chaos, input, page.links()), seconds(chaos.started()), seconds(chaos.ended()), Formats.duration(chaos.duration()),
                html.html(chaos.hypothesis()), html.html(chaos.fault()), ViewValues.text(chaos.tool()), html.html(chaos.blastRadius()),
                page.links().refs(chaos.targets()), page.links().refs(chaos.runbooks()), html.html(chaos.abortConditions()),
                html.html(chaos.observations()), html.html(chaos.findings()), ActionView.of(chaos.actionItems()), html.html(chaos.reason()),
                reasonHeading(chaos.result()));
    }

    private static String seconds(java.time.Instant time) {
        return time == null ? "" : Formats.seconds(time);
    }

    private static String reasonHeading(ChaosResult result) {
        if (result == null) {
            return "Why there is no result";
        }
        return result.wire().equals("aborted") ? "Why it was aborted" : "What went wrong";
    }
}
