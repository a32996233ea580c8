package dev.handbook.model;

import java.time.Instant;

/**
 * One backup of a {@link Backup} record: a pgBackRest backup set or a Velero Backup object. Sizes and counts are kept
 * as the tool wrote them (exact decimal text); every field but {@code label} and {@code state} may be null.
 *
 * @param type {@code full}, {@code diff}, {@code incr} (pgBackRest) or empty
 * @param repo the repository it went to ({@code repo1}, a Velero storage location)
 * @param size the database size in bytes; {@code repoSize} and {@code delta} what the repository stored for it
 * @param archiveStart the first WAL segment needed to restore it; {@code archiveStop} the last
 * @param errors and {@code warnings}: counts the tool reported
 * @param reason why it failed, as the tool said
 */
public record BackupRun(
        String label,
        String type,
        BackupState state,
        Instant start,
        Instant stop,
        String repo,
        String size,
        String repoSize,
        String delta,
        String archiveStart,
        String archiveStop,
        String errors,
        String warnings,
        String reason) {}
