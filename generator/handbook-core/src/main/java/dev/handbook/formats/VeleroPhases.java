package dev.handbook.formats;

import dev.handbook.model.BackupState;
import java.util.Locale;

/**
 * Velero's phases of Backup and Restore objects in handbook's words. Completed is the only phase that proves anything;
 * New, InProgress, WaitingForPluginOperations… and Finalizing… are still running; an object without a status has not
 * been picked up yet (New).
 */
final class VeleroPhases {

    private VeleroPhases() {}

    static BackupState state(String phase) {
        switch (phase) {
            case "Completed":
                return BackupState.COMPLETED;
            case "PartiallyFailed":
                return BackupState.PARTIALLY_FAILED;
            case "Failed":
            case "FailedValidation":
            case "Deleting":
                return BackupState.FAILED;
            default:
                return BackupState.IN_PROGRESS;
        }
    }

    /** "2 errors, 1 warning", as the counts read; missing counts are zero, as Velero omits them. */
    static String counts(KubeObject object) {
        return count(object.text("status.errors").orElse("0"), "error") + ", " + count(object.text("status.warnings").orElse("0"), "warning");
    }

    private static String count(String n, String word) {
        return n + " " + word + (n.equals("1") ? "" : "s");
    }

    /** The phase as written, or {@code New} when the object has no status yet. */
    static String phase(KubeObject object) {
        return object.text("status.phase").map(p -> p.isBlank() ? "New" : p).orElse("New");
    }

    /** The schedule a scheduled backup's name comes from: Velero names them {@code <schedule>-<yyyyMMddHHmmss>}. */
    static String scheduleOf(String backupName) {
        return backupName.replaceFirst("-\\d{14}$", "").toLowerCase(Locale.ROOT);
    }
}
