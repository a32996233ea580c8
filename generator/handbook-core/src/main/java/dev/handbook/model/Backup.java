package dev.handbook.model;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Evidence that backups were taken: a pgBackRest stanza with its backup sets, a Velero Backup, or a hand-written list.
 * It proves a backup exists, not that a restore works; that takes a restore (a drill, a Velero Restore, a snippet
 * that {@code proves: restore}). Nullable: {@code statusCode}, {@code status}, {@code systemId}.
 *
 * @param tool what took it: {@code pgbackrest}, {@code velero} or any name
 * @param statusCode the repository's status code as the tool reports it ({@code 0} is ok for pgBackRest)
 * @param systemId the database's system identifier, exact (it exceeds 2^53)
 * @param namespaces what it covers (Velero's {@code spec.includedNamespaces}; the databases of a stanza)
 */
public record Backup(
        EntryMeta meta,
        String tool,
        List<Reference> targets,
        String statusCode,
        String status,
        String systemId,
        List<String> namespaces,
        List<BackupRun> runs)
        implements Entry {

    public Backup {
        targets = List.copyOf(targets);
        namespaces = List.copyOf(namespaces);
        runs = List.copyOf(runs);
    }

    /** The newest backup that counts as taken: completed, with a stop time. */
    public Optional<BackupRun> lastTaken() {
        return runs.stream().filter(r -> r.state().counts() && r.stop() != null).max(Comparator.comparing(BackupRun::stop));
    }

    /** When the newest backup that counts finished; the record's time. */
    public Optional<Instant> time() {
        return lastTaken().map(BackupRun::stop);
    }

    @Override
    public List<Reference> references() {
        return targets;
    }

    @Override
    public List<Markup> markups() {
        return List.of();
    }

    @Override
    public Optional<Markup> body() {
        return Optional.empty();
    }

    @Override
    public <R> R accept(EntryVisitor<R> visitor) {
        return visitor.visitBackup(this);
    }
}
