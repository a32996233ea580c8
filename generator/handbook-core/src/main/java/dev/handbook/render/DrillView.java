package dev.handbook.render;

import dev.handbook.model.Formats;
import dev.handbook.model.Drill;
import dev.handbook.render.input.LinkView;
import dev.handbook.render.input.RenderInput;
import java.util.List;

/**
 * The view {@code drill.ftlh} renders. {@code scenario} is HTML; {@code runbook} is null when unset.
 *
 * @param finished when it ended, to the minute; empty when unknown
 * @param fromBackup the backup a restore drill names, as written; empty when it names none
 * @param fromBackupLink the backup record of that name; null when there is none
 * @param objectives whether any RTO or RPO was targeted or measured; the four values are empty when unset
 */
public record DrillView(
        SiteView site, String title, String section, RecordView record, String date, String finished, String fromBackup, LinkView fromBackupLink,
        String kind, String outcome, String outcomeTone, String scenario, List<LinkView> targets, LinkView runbook, String participants,
        boolean objectives, String rtoTarget, String rtoMeasured, String rpoTarget, String rpoMeasured, List<String> findings,
        List<ActionView> actionItems) implements PageView {

    public static DrillView of(RenderInput input, Drill drill) {
        EntryPage page = EntryPage.of(input, drill);
        boolean objectives = drill.rtoTarget() != null || drill.rtoMeasured() != null || drill.rpoTarget() != null || drill.rpoMeasured() != null;
        return new DrillView(page.site(), page.title(), page.section(), page.record(), ViewValues.text(drill.date()), ViewValues.time(drill.finished()),
                ViewValues.text(drill.fromBackup()), drill.fromBackup() == null ? null : page.links().find(drill.fromBackup()).orElse(null),
                drill.drillKind().wire(), drill.outcome().wire(), ValueText.INSTANCE.tone(drill.outcome()), page.html().html(drill.scenario()),
                page.links().refs(drill.targets()), page.links().ref(drill.runbook()), String.join(", ", drill.participants()),
                objectives, Formats.duration(drill.rtoTarget()), Formats.duration(drill.rtoMeasured()),
                Formats.duration(drill.rpoTarget()), Formats.duration(drill.rpoMeasured()), page.html().html(drill.findings()),
                ActionView.of(drill.actionItems()));
    }
}
