package dev.handbook.render;

import dev.handbook.model.Spof;
import dev.handbook.render.diagram.DependencyGraph;
import dev.handbook.render.diagram.GraphView;
import dev.handbook.render.diagram.RecoveryChart;
import dev.handbook.render.diagram.RecoveryChartView;
import dev.handbook.render.diagram.SpofTimeline;
import dev.handbook.render.diagram.TimelineView;
import dev.handbook.render.input.LinkView;
import dev.handbook.render.input.RenderInput;
import java.util.List;

/**
 * The view {@code spof.ftlh} renders. Markup fields are HTML, null when unset; {@code service}, {@code runbook},
 * {@code backups} and the diagrams are null when there is nothing to show.
 *
 * @param drStrategy as written; empty when unset
 * @param matrix the SPOF's row of the matrix: recovery targets against the best measured, last drill and chaos experiment
 * @param exercises the cadences of drills, chaos experiments, backups and restores
 * @param alerts the alerts its {@code detection} names, linked to their pages, shown beside its runbook
 */
public record SpofView(
        SiteView site, String title, String section, RecordView record, String status, String statusTone, String component, LinkView service,
        String failureMode, String blastRadius, String detection, String degradation, String prevention, String drStrategy,
        List<LinkView> adrs, LinkView runbook, BackupRows.Row backups, GraphView graph, SpofMatrix.Row matrix, TimelineView timeline,
        RecoveryChartView rtoChart, RecoveryChartView rpoChart, List<ExerciseView> exercises, List<LinkView> alerts) implements PageView {

    public static SpofView of(RenderInput input, Spof spof) {
        EntryPage page = EntryPage.of(input, spof);
        MarkupHtml html = page.html();
        AlertLinks alerts = new AlertLinks(input, page.links());
        return new SpofView(page.site(), page.title(), page.section(), page.record(), spof.status().wire(), ValueText.INSTANCE.tone(spof.status()),
                html.html(spof.component()), page.links().ref(spof.service()), html.html(spof.failureMode()), html.html(spof.blastRadius()),
                alerts.linked(html.html(spof.detection()), spof.detection()), html.html(spof.degradation()), html.html(spof.prevention()),
                spof.drStrategy() == null ? "" : spof.drStrategy().wire(), page.links().refs(spof.adrs()),
                page.links().ref(spof.runbook()), BackupRows.of(spof.id(), input, page.links()),
                DependencyGraph.ofSpof(spof, input, page.links()).orElse(null), SpofMatrix.row(spof, input, page.links()),
                SpofTimeline.of(spof, input, page.links()).orElse(null), RecoveryChart.rto(spof, input, page.links()).orElse(null),
                RecoveryChart.rpo(spof, input, page.links()).orElse(null), ExerciseView.all(spof.id(), input, page.links()),
                alerts.named(spof.detection()));
    }
}
