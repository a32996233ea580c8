package dev.handbook.formats;

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
import java.util.List;
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
                .put("id", id, Nodes.position(stanza, "name"))
                .put("title", "pgBackRest stanza " + name.get(), at)
                .put("tool", "pgbackrest", at)
                .list("targets", targets, at)
                .put("status_code", Nodes.text(stanza, "status.code").orElse(null), Nodes.position(stanza, "status.code"))
                .put("status", Nodes.text(stanza, "status.message").orElse(null), Nodes.position(stanza, "status.message"));
        List<YamlNode> dbs = Nodes.items(stanza, "db");
        if (!dbs.isEmpty()) {
            YamlNode db = dbs.get(dbs.size() - 1); // the current database; earlier ones predate a stanza-upgrade
            record.put("system_id", Nodes.text(db, "system-id").orElse(null), Nodes.position(db, "system-id"));
        }
        List<RecordBuilder> backups = new ArrayList<>();
        List<String> databases = new ArrayList<>();
        for (YamlNode backup : Nodes.items(stanza, "backup")) {
            backups.add(backup(backup, diagnostics));
            databases.clear();
            Nodes.items(backup, "database-ref").forEach(ref -> Nodes.text(ref, "name").ifPresent(databases::add));
        }
        record.list("namespaces", databases, at).objects("backups", backups, Nodes.position(stanza, "backup"));
        return Optional.of(new FormatResult.Read(record.build(), Optional.empty()));
    }

    private static RecordBuilder backup(YamlNode backup, Diagnostics diagnostics) {
        RecordBuilder run = new RecordBuilder(backup.position());
        run.put("label", Nodes.text(backup, "label").orElse(""), Nodes.position(backup, "label"))
                .put("type", Nodes.text(backup, "type").orElse(null), Nodes.position(backup, "type"))
                .put("state", Nodes.text(backup, "error").filter("true"::equals).map(e -> "failed").orElse("completed"),
                        Nodes.position(backup, "error"));
        time(backup, "timestamp.start", diagnostics).ifPresent(t -> run.put("start", EvidenceTimes.text(t), Nodes.position(backup, "timestamp.start")));
        time(backup, "timestamp.stop", diagnostics).ifPresent(t -> run.put("stop", EvidenceTimes.text(t), Nodes.position(backup, "timestamp.stop")));
        Nodes.text(backup, "database.repo-key")
                .ifPresent(key -> run.put("repo", "repo" + key, Nodes.position(backup, "database.repo-key")));
        for (String[] field : new String[][] {{"size", "info.size"}, {"repo_size", "info.repository.size"}, {"delta", "info.repository.delta"},
                {"archive_start", "archive.start"}, {"archive_stop", "archive.stop"}}) {
            run.put(field[0], Nodes.text(backup, field[1]).orElse(null), Nodes.position(backup, field[1]));
        }
        if (Nodes.text(backup, "error").filter("true"::equals).isPresent()) {
            run.put("reason", "pgBackRest flagged errors in this backup (`error: true`): check its log before relying on it",
                    Nodes.position(backup, "error"));
        }
        return run;
    }

    private static Optional<Instant> time(YamlNode backup, String path, Diagnostics diagnostics) {
        return Nodes.text(backup, path).flatMap(t -> EvidenceTimes.parse(t, path, Nodes.position(backup, path), diagnostics));
    }
}
