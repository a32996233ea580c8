package dev.handbook.formats;

import dev.handbook.schema.BackupSchema;
import dev.handbook.schema.CommonSchema;
import dev.handbook.model.EvidenceTimes;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.SourcePosition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One Velero Backup as a backup record: id its name, the phase as the state of its one backup, start and completion
 * times, errors, warnings and failure reason, the storage location as repository, {@code spec.includedNamespaces} as
 * what it covers. Targets: the {@code handbook.dev/targets} label or annotation, else the source's {@code map:} by
 * schedule ({@code velero.io/schedule-name}), then by namespace.
 */
final class VeleroBackups {

    private VeleroBackups() {}

    static FormatResult.Read read(KubeObject backup, FormatInput input, Diagnostics diagnostics) {
        SourcePosition at = backup.position();
        List<String> namespaces = backup.texts("spec.includedNamespaces");
        String phase = VeleroPhases.phase(backup);
        List<String> targets = EvidenceTargets.of(own(backup), names(backup, namespaces), input, "Velero backup '" + backup.name() + "'", at,
                diagnostics);
        RecordBuilder run = new RecordBuilder(at)
                .put(BackupSchema.RUN_LABEL, backup.name(), KubeObjects.position(backup, "metadata.name"))
                .put(BackupSchema.RUN_STATE, VeleroPhases.state(phase).wire(), KubeObjects.position(backup, "status.phase"))
                .put(BackupSchema.RUN_REPO, backup.text("spec.storageLocation").orElse(null), KubeObjects.position(backup, "spec.storageLocation"))
                .put(BackupSchema.RUN_ERRORS, backup.text("status.errors").orElse("0"), KubeObjects.position(backup, "status.errors"))
                .put(BackupSchema.RUN_WARNINGS, backup.text("status.warnings").orElse("0"), KubeObjects.position(backup, "status.warnings"))
                .put(BackupSchema.RUN_REASON, backup.text("status.failureReason").orElse(null), KubeObjects.position(backup, "status.failureReason"));
        time(backup, "status.startTimestamp", diagnostics).ifPresent(t -> run.put(BackupSchema.RUN_START, EvidenceTimes.text(t), KubeObjects.position(backup, "status.startTimestamp")));
        time(backup, "status.completionTimestamp", diagnostics)
                .ifPresent(t -> run.put(BackupSchema.RUN_STOP, EvidenceTimes.text(t), KubeObjects.position(backup, "status.completionTimestamp")));
        RecordBuilder record = new RecordBuilder(at)
                .put(CommonSchema.ID, backup.name(), KubeObjects.position(backup, "metadata.name"))
                .put(CommonSchema.TITLE, "Velero backup " + backup.name(), at)
                .put(BackupSchema.TOOL, "velero", at)
                .list(BackupSchema.TARGETS, targets, at)
                .put(BackupSchema.STATUS, phase, KubeObjects.position(backup, "status.phase"))
                .list(BackupSchema.NAMESPACES, namespaces, KubeObjects.position(backup, "spec.includedNamespaces"))
                .objects(BackupSchema.BACKUPS, List.of(run), at);
        return new FormatResult.Read(record.build(), Optional.empty());
    }

    /** The targets the object names itself, in a label or an annotation. */
    static List<String> own(KubeObject object) {
        String written = object.labels().getOrDefault(EvidenceTargets.KEY, object.annotations().getOrDefault(EvidenceTargets.KEY, ""));
        return EvidenceTargets.split(written);
    }

    private static List<String> names(KubeObject backup, List<String> namespaces) {
        List<String> names = new ArrayList<>();
        String schedule = backup.labels().get("velero.io/schedule-name");
        names.add(schedule != null ? schedule : VeleroPhases.scheduleOf(backup.name()));
        names.addAll(namespaces);
        return names;
    }

    static Optional<Instant> time(KubeObject object, String path, Diagnostics diagnostics) {
        return object.text(path).flatMap(t -> EvidenceTimes.parse(t, path.substring(path.lastIndexOf('.') + 1), KubeObjects.position(object, path), diagnostics));
    }
}
