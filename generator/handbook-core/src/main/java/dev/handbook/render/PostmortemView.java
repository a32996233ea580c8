package dev.handbook.render;

import dev.handbook.model.Formats;
import dev.handbook.model.Postmortem;
import dev.handbook.model.TimelineEvent;
import dev.handbook.render.input.LinkView;
import dev.handbook.render.input.RenderInput;
import java.util.List;

/**
 * The view {@code postmortem.ftlh} renders. Markup fields are HTML, null when unset; lists of markup are lists of HTML.
 *
 * @param duration empty when unset
 */
public record PostmortemView(
        SiteView site, String title, String section, RecordView record, boolean simulated, String date, String severity, String severityTone,
        String duration, String impact, String detection, List<LinkView> spofs, List<LinkView> services, List<LinkView> runbooks,
        String summary, String content, List<TimelineRow> timeline, String rootCause, List<String> contributingFactors,
        List<String> fiveWhys, List<String> wentWell, List<String> wentWrong, List<String> lucky, List<ActionView> actionItems)
        implements PageView {

    /** One line of the incident timeline: the time as written, and what happened as HTML. */
    public record TimelineRow(String time, String event) {}

    public static PostmortemView of(RenderInput input, Postmortem pm) {
        EntryPage page = EntryPage.of(input, pm);
        MarkupHtml html = page.html();
        return new PostmortemView(page.site(), page.title(), page.section(), page.record(), pm.simulated(), ViewValues.text(pm.date()),
                pm.severity().wire(), ValueText.INSTANCE.tone(pm.severity()), Formats.duration(pm.duration()), html.html(pm.impact()),
                html.html(pm.detection()), page.links().refs(pm.spofs()), page.links().refs(pm.services()),
                page.links().refs(pm.runbooks()), html.html(pm.summary()), html.html(pm.content()),
                pm.timeline().stream().map(t -> row(t, html)).toList(), html.html(pm.rootCause()), html.html(pm.contributingFactors()),
                html.html(pm.fiveWhys()), html.html(pm.wentWell()), html.html(pm.wentWrong()), html.html(pm.lucky()),
                ActionView.of(pm.actionItems()));
    }

    private static TimelineRow row(TimelineEvent event, MarkupHtml html) {
        String text = html.html(event.event());
        return new TimelineRow(event.time(), text == null ? "" : text);
    }
}
