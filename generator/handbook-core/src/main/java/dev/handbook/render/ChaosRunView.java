package dev.handbook.render;

import dev.handbook.render.input.EntrySummary;
import dev.handbook.render.input.PageLinks;
import dev.handbook.render.input.RenderInput;
import dev.handbook.model.ChaosActivity;
import dev.handbook.model.ChaosExperiment;
import dev.handbook.model.ChaosProbe;
import dev.handbook.model.Formats;
import dev.handbook.model.PagePaths;
import dev.handbook.model.ProbeResult;
import java.util.List;

/**
 * What a chaos page shows of a run beyond the written fields: its result in words, the probes before and after the
 * fault, the steps with their durations, and the link to the tool's file it was read from.
 *
 * @param noResult why there is no result, when none was recorded; empty otherwise
 * @param evidencePath the evidence file as shown; empty without one
 * @param evidenceHref the link to its copy in the site; empty when it was not copied
 */
public record ChaosRunView(String result, String resultTone, String noResult, List<ProbeRow> probes, List<ActivityRow> activities,
        String evidencePath, String evidenceHref) {

    /** One probe: its results before and after the fault, in words ({@code not run} when it was not checked). */
    public record ProbeRow(String name, String tolerance, String before, String beforeTone, String after, String afterTone) {}

    /** One step of the run. */
    public record ActivityRow(String name, String type, String status, String statusTone, String started, String duration) {}

    static ChaosRunView of(ChaosExperiment chaos, RenderInput input, PageLinks links) {
        String noResult = chaos.result() != null ? "" : "This run counts for no cadence until its result is recorded.";
        String evidence = chaos.evidence() == null ? "" : chaos.evidence();
        String file = input.evidenceFile(evidence);
        String href = file != null ? links.href(PagePaths.file(file)) : "";
        return new ChaosRunView(EntrySummary.result(chaos), EntrySummary.resultTone(chaos), noResult,
                chaos.probes().stream().map(ChaosRunView::probe).toList(), chaos.activities().stream().map(ChaosRunView::activity).toList(),
                evidence, href);
    }

    private static ProbeRow probe(ChaosProbe p) {
        return new ProbeRow(p.name(), p.tolerance(), words(p.before()), tone(p.before()), words(p.after()), tone(p.after()));
    }

    private static ActivityRow activity(ChaosActivity a) {
        String status = a.status() == null ? "" : a.status();
        String tone = a.failed() ? "bad" : status.equals("succeeded") ? "good" : "muted";
        String duration = a.duration() == null ? "" : a.duration().getSeconds() == 0 ? "under 1s" : Formats.duration(a.duration());
        return new ActivityRow(a.name(), a.type() == null ? "" : a.type().wire(), status, tone, Formats.seconds(a.started()), duration);
    }

    private static String words(ProbeResult result) {
        return result == null ? "not run" : result.wire().replace('-', ' ');
    }

    private static String tone(ProbeResult result) {
        return result == null ? "muted" : result == ProbeResult.MET ? "good" : "bad";
    }
}
