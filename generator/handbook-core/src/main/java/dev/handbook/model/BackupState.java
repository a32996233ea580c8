package dev.handbook.model;

/**
 * Where one backup stands, in the words of the tools' phases: only a completed backup counts as taken. pgBackRest's
 * {@code error: true} (a backup with page checksum or copy errors) is {@code failed}; Velero's phases map one to one,
 * and its {@code New}, {@code InProgress}, {@code WaitingForPluginOperations…} and {@code Finalizing…} are in progress.
 */
public enum BackupState implements WireValue {
    COMPLETED,
    PARTIALLY_FAILED,
    FAILED,
    IN_PROGRESS;

    /** Whether a backup in this state proves a backup was taken. */
    public boolean counts() {
        return this == COMPLETED;
    }
}
