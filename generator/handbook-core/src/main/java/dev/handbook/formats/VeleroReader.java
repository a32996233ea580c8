package dev.handbook.formats;

import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.model.EntryKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads Velero objects ({@code velero backup get -o yaml}, {@code kubectl get restores -o json}, one object, several
 * documents or a {@code List}): in a backup source each Backup is a backup record ({@link VeleroBackups}), in a drill
 * source each finished Restore is a backup-restore drill ({@link VeleroRestores}). A Backup met in a drill source, or a
 * Restore in a backup source, is left out, and a file of nothing else is skipped with that reason; other Velero kinds
 * (Schedule, BackupStorageLocation, …) are left out with a warning, and an object of another API group is an error.
 * Thread-safe.
 */
public final class VeleroReader implements FormatReader {

    static final String GROUP = "velero.io";
    private static final Set<String> OTHER_VELERO_KINDS = Set.of("Schedule", "BackupStorageLocation", "VolumeSnapshotLocation",
            "PodVolumeBackup", "PodVolumeRestore", "DeleteBackupRequest", "DownloadRequest", "ServerStatusRequest", "BackupRepository",
            "DataUpload", "DataDownload");

    @Override
    public String name() {
        return "velero";
    }

    @Override
    public Set<EntryKind> kinds() {
        return Set.of(EntryKind.BACKUP, EntryKind.DRILL);
    }

    /**
     * Any Kubernetes object: a backup or drill file with {@code apiVersion} is not handbook's own record, and an object
     * of another kind is better told so than given an error per unknown field.
     */
    @Override
    public boolean recognises(FormatInput input) {
        return KubeObjects.mayHoldObjects(input);
    }

    @Override
    public FormatResult read(FormatInput input, Diagnostics diagnostics) {
        Optional<List<KubeObject>> objects = KubeObjects.read(input, diagnostics);
        if (objects.isEmpty()) {
            return new FormatResult.Failed();
        }
        String wanted = input.kind() == EntryKind.BACKUP ? "Backup" : "Restore";
        List<FormatResult.Read> records = new ArrayList<>();
        int elsewhere = 0;
        int inProgress = 0;
        for (KubeObject object : objects.get()) {
            if (!object.group().equals(GROUP)) {
                diagnostics.error("evidence.kind", KubeObjects.position(object, "kind"),
                        "A " + object.kind() + " (" + object.apiVersion() + ") is not Velero evidence.",
                        "Only Velero Backup and Restore objects (`velero.io/v1`) are read here; leave this file out with the source's `exclude:`.");
            } else if (OTHER_VELERO_KINDS.contains(object.kind())) {
                diagnostics.warning("evidence.kind", KubeObjects.position(object, "kind"),
                        "Velero " + object.kind() + " '" + object.name() + "' is not evidence of a backup or a restore: left out.",
                        "Only Backup and Restore objects count; leave it out of the source's folder, or with `exclude:`.");
            } else if (object.kind().equals("Backup") || object.kind().equals("Restore")) {
                if (!object.kind().equals(wanted)) {
                    elsewhere++;
                } else if (input.kind() == EntryKind.BACKUP) {
                    records.add(VeleroBackups.read(object, input, diagnostics));
                } else {
                    Optional<FormatResult.Read> restore = VeleroRestores.read(object, input, diagnostics);
                    restore.ifPresent(records::add);
                    inProgress += restore.isEmpty() ? 1 : 0;
                }
            } else {
                diagnostics.error("evidence.kind", KubeObjects.position(object, "kind"),
                        "'" + object.kind() + "' is not a kind of Velero object handbook knows.",
                        "Only Velero Backup and Restore objects are read; check the file is `kubectl get backups|restores -o yaml` output.");
            }
        }
        if (diagnostics.hasErrors()) {
            return new FormatResult.Failed();
        }
        if (records.isEmpty()) {
            return new FormatResult.Skipped(elsewhere > 0
                    ? (input.kind() == EntryKind.BACKUP ? "Velero Restores in a backup source (list them in a drill source)"
                            : "Velero Backups in a drill source (list them in a backup source)")
                    : inProgress > 0 ? "Velero restores still in progress" : "Velero files without backups or restores");
        }
        return new FormatResult.Several(records);
    }
}
