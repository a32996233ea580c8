package dev.handbook.formats;

import dev.handbook.schema.BackupSchema;
import dev.handbook.schema.CommonSchema;
import dev.handbook.schema.FieldKey;
import dev.handbook.model.EvidenceTimes;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.SourcePosition;
import dev.handbook.model.EntryKind;
import dev.handbook.model.SourceFormat;
import dev.handbook.yaml.JsonReader;
import dev.handbook.yaml.YamlList;
import dev.handbook.yaml.YamlMap;
import dev.handbook.yaml.YamlNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code pgbackrest info --output=json}: one backup record per stanza, with each backup set's label, type,
 * start and stop, sizes, WAL range and repository, the stanza's status code and message, and the database's
 * {@code system-id} kept exact. A backup with {@code error: true} is {@code failed} and does not count as taken.
 * The record's id is the stanza name, or {@code <stanza>-backups} when the stanza is named like a record it belongs to
 * ({@code map: {postgres: [postgres]}}). Targets come from the source's {@code map:}, by stanza name. Thread-safe.
 */
public final class PgBackRestReader implements FormatReader {

    private static final JsonReader JSON = new JsonReader();
    private static final Pattern SHAPE = Pattern.compile("^\\s*\\[\\s*(\\{|\\])");

    @Override
    public String name() {
        return "pgbackrest";
    }

    @Override
    public Set<EntryKind> kinds() {
        return Set.of(EntryKind.BACKUP);
    }

    @Override
    public boolean recognises(FormatInput input) {
        String text = input.text();
        return input.markup() == SourceFormat.JSON && SHAPE.matcher(text).find() && text.contains("\"backup\"") && text.contains("\"db\"")
                && text.contains("\"status\"");
    }

    @Override
    public FormatResult read(FormatInput input, Diagnostics diagnostics) {
        Optional<YamlNode> root = JSON.read(input.text(), input.displayPath(), diagnostics);
        if (root.isEmpty() || diagnostics.hasErrors()) {
            return new FormatResult.Failed();
        }
        if (!(root.get() instanceof YamlList stanzas)) {
            diagnostics.error("evidence.shape", root.get().position(), "This is not `pgbackrest info --output=json`: it is not a list of stanzas.",
                    "Write the file with `pgbackrest info --output=json > file.json`, or set the source's `format:` to the tool that wrote it.");
            return new FormatResult.Failed();
        }
        List<FormatResult.Read> records = new ArrayList<>();
        for (YamlNode stanza : stanzas.items()) {
            stanza(stanza, input, diagnostics).ifPresent(records::add);
        }
        if (diagnostics.hasErrors()) {
            return new FormatResult.Failed();
        }
        return records.isEmpty() ? new FormatResult.Skipped("pgBackRest info files without stanzas") : new FormatResult.Several(records);
    }

    private static Optional<FormatResult.Read> stanza(YamlNode stanza, FormatInput input, Diagnostics diagnostics) {
        Optional<String> name = stanza instanceof YamlMap ? Nodes.text(stanza, "name") : Optional.empty();
        if (name.isEmpty()) {
            diagnostics.error("evidence.shape", stanza.position(), "This stanza has no `name`.",
                    "Write the file with `pgbackrest info --output=json`, whole: each stanza has `name`, `status`, `db` and `backup`.");
            return Optional.empty();
        }
        SourcePosition at = stanza.position();
        List<String> targets = EvidenceTargets.of(List.of(), List.of(name.get()), input, "pgBackRest stanza '" + name.get() + "'", at, diagnostics);
        String id = targets.stream().anyMatch(t -> t.equalsIgnoreCase(name.get())) ? name.get() + "-backups" : name.get();
        RecordBuilder record = new RecordBuilder(at)
                .put(CommonSchema.ID, id, Nodes.position(stanza, "name"))
                .put(CommonSchema.TITLE, "pgBackRest stanza " + name.get(), at)
                .put(BackupSchema.TOOL, "pgbackrest", at)
                .list(BackupSchema.TARGETS, targets, at)
                .put(BackupSchema.STATUS_CODE, Nodes.text(stanza, "status.code").orElse(null), Nodes.position(stanza, "status.code"))
                .put(BackupSchema.STATUS, Nodes.text(stanza, "status.message").orElse(null), Nodes.position(stanza, "status.message"));
        List<YamlNode> dbs = Nodes.items(stanza, "db");
        if (!dbs.isEmpty()) {
            YamlNode db = dbs.get(dbs.size() - 1); // the current database; earlier ones predate a stanza-upgrade
            record.put(BackupSchema.SYSTEM_ID, Nodes.text(db, "system-id").orElse(null), Nodes.position(db, "system-id"));
        }
        List<RecordBuilder> backups = new ArrayList<>();
        List<String> databases = new ArrayList<>();
        for (YamlNode backup : Nodes.items(stanza, "backup")) {
            backups.add(backup(backup, diagnostics));
            databases.clear();
            Nodes.items(backup, "database-ref").forEach(ref -> Nodes.text(ref, "name").ifPresent(databases::add));
        }
        record.list(BackupSchema.NAMESPACES, databases, at).objects(BackupSchema.BACKUPS, backups, Nodes.position(stanza, "backup"));
        return Optional.of(new FormatResult.Read(record.build(), Optional.empty()));
    }

    private static RecordBuilder backup(YamlNode backup, Diagnostics diagnostics) {
        RecordBuilder run = new RecordBuilder(backup.position());
        run.put(BackupSchema.RUN_LABEL, Nodes.text(backup, "label").orElse(""), Nodes.position(backup, "label"))
                .put(BackupSchema.RUN_TYPE, Nodes.text(backup, "type").orElse(null), Nodes.position(backup, "type"))
                .put(BackupSchema.RUN_STATE, Nodes.text(backup, "error").filter("true"::equals).map(e -> "failed").orElse("completed"),
                        Nodes.position(backup, "error"));
        time(backup, "timestamp.start", diagnostics).ifPresent(t -> run.put(BackupSchema.RUN_START, EvidenceTimes.text(t), Nodes.position(backup, "timestamp.start")));
        time(backup, "timestamp.stop", diagnostics).ifPresent(t -> run.put(BackupSchema.RUN_STOP, EvidenceTimes.text(t), Nodes.position(backup, "timestamp.stop")));
        Nodes.text(backup, "database.repo-key")
                .ifPresent(key -> run.put(BackupSchema.RUN_REPO, "repo" + key, Nodes.position(backup, "database.repo-key")));
        // each field and the path of pgBackRest's JSON it comes from
        Map<FieldKey<String>, String> copied = new LinkedHashMap<>();
        copied.put(BackupSchema.RUN_SIZE, "info.size");
        copied.put(BackupSchema.RUN_REPO_SIZE, "info.repository.size");
        copied.put(BackupSchema.RUN_DELTA, "info.repository.delta");
        copied.put(BackupSchema.RUN_ARCHIVE_START, "archive.start");
        copied.put(BackupSchema.RUN_ARCHIVE_STOP, "archive.stop");
        copied.forEach((field, path) -> run.put(field, Nodes.text(backup, path).orElse(null), Nodes.position(backup, path)));
        if (Nodes.text(backup, "error").filter("true"::equals).isPresent()) {
            run.put(BackupSchema.RUN_REASON, "pgBackRest flagged errors in this backup (`error: true`): check its log before relying on it",
                    Nodes.position(backup, "error"));
        }
        return run;
    }

    private static Optional<Instant> time(YamlNode backup, String path, Diagnostics diagnostics) {
        return Nodes.text(backup, path).flatMap(t -> EvidenceTimes.parse(t, path, Nodes.position(backup, path), diagnostics));
    }
}
