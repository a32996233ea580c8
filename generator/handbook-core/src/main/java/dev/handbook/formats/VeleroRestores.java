package dev.handbook.formats;

import dev.handbook.schema.CommonSchema;
import dev.handbook.schema.DrillSchema;
import dev.handbook.model.EvidenceTimes;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.SourcePosition;
import dev.handbook.model.BackupState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One finished Velero Restore as a drill of kind {@code backup-restore}: a Completed restore passes (a verified
 * restore), PartiallyFailed and Failed fail, with the phase, counts and failure reason as a finding. Its date and
 * {@code finished} are the completion time, {@code rto_measured} the time it took, {@code from_backup} its
 * {@code spec.backupName}. A restore still in progress is no drill yet: it is left out (counted nowhere). Targets: the
 * {@code handbook.dev/targets} label or annotation, else the source's {@code map:} by schedule (the label, the
 * restore's {@code spec.scheduleName}, or the schedule its backup was named after), then by namespace.
 */
final class VeleroRestores {

    private VeleroRestores() {}

    static Optional<FormatResult.Read> read(KubeObject restore, FormatInput input, Diagnostics diagnostics) {
        String phase = VeleroPhases.phase(restore);
        BackupState state = VeleroPhases.state(phase);
        if (state == BackupState.IN_PROGRESS) {
            return Optional.empty();
        }
        SourcePosition at = restore.position();
        Optional<Instant> start = VeleroBackups.time(restore, "status.startTimestamp", diagnostics);
        Optional<Instant> end = VeleroBackups.time(restore, "status.completionTimestamp", diagnostics);
        Optional<Instant> created = VeleroBackups.time(restore, "metadata.creationTimestamp", diagnostics);
        String backup = restore.text("spec.backupName").orElse("");
        List<String> namespaces = restore.texts("spec.includedNamespaces");
        List<String> targets = EvidenceTargets.of(VeleroBackups.own(restore), names(restore, backup, namespaces), input,
                "Velero restore '" + restore.name() + "'", at, diagnostics);
        Optional<Instant> when = end.or(() -> start).or(() -> created);
        if (when.isEmpty()) {
            diagnostics.error("evidence.time", KubeObjects.position(restore, "status"), "Velero restore '" + restore.name() + "' has no time.",
                    "Write the object whole, with its `status` (`kubectl get restore " + restore.name() + " -o yaml`).");
            return Optional.empty();
        }
        String counts = VeleroPhases.counts(restore);
        String reason = restore.text("status.failureReason").map(r -> "; " + r).orElse("");
        RecordBuilder drill = new RecordBuilder(at)
                .put(CommonSchema.ID, restore.name(), KubeObjects.position(restore, "metadata.name"))
                .put(CommonSchema.TITLE, "Velero restore " + restore.name() + (backup.isEmpty() ? "" : " from " + backup), at)
                .put(DrillSchema.DATE, EvidenceTimes.day(when.get()), KubeObjects.position(restore, "status.completionTimestamp"))
                .put(DrillSchema.FINISHED, EvidenceTimes.text(when.get()), KubeObjects.position(restore, "status.completionTimestamp"))
                .put(DrillSchema.KIND, "backup-restore", at)
                .put(DrillSchema.SCENARIO, "Velero restore of backup `" + (backup.isEmpty() ? "?" : backup) + "`"
                        + (namespaces.isEmpty() ? "" : " (namespaces " + String.join(", ", namespaces) + ")") + ": " + phase + ", " + counts + ".", at)
                .put(DrillSchema.OUTCOME, state == BackupState.COMPLETED ? "pass" : "fail", KubeObjects.position(restore, "status.phase"))
                .put(DrillSchema.FROM_BACKUP, backup.isEmpty() ? null : backup, KubeObjects.position(restore, "spec.backupName"))
                .list(DrillSchema.TARGETS, targets, at);
        if (start.isPresent() && end.isPresent() && !end.get().isBefore(start.get())) {
            drill.put(DrillSchema.RTO_MEASURED, Duration.between(start.get(), end.get()).toString(), KubeObjects.position(restore, "status.completionTimestamp"));
        }
        if (state != BackupState.COMPLETED) {
            drill.list(DrillSchema.FINDINGS, List.of("Velero reports " + phase + " (" + counts + reason + "): this restore does not verify the backup."),
                    KubeObjects.position(restore, "status.phase"));
        }
        return Optional.of(new FormatResult.Read(drill.build(), Optional.empty()));
    }

    private static List<String> names(KubeObject restore, String backup, List<String> namespaces) {
        List<String> names = new ArrayList<>();
        String schedule = restore.labels().getOrDefault("velero.io/schedule-name", restore.text("spec.scheduleName").orElse(""));
        names.add(!schedule.isEmpty() ? schedule : VeleroPhases.scheduleOf(backup));
        namespaces.stream().filter(n -> !n.equals("*")).forEach(names::add);
        return names;
    }
}
