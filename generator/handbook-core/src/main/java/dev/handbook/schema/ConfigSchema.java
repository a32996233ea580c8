package dev.handbook.schema;

import static dev.handbook.schema.FieldSpec.object;
import static dev.handbook.schema.FieldSpec.of;
import static dev.handbook.schema.FieldType.BOOLEAN;
import static dev.handbook.schema.FieldType.PERIOD;
import static dev.handbook.schema.FieldType.STRING;

import dev.handbook.model.AdrStatus;
import dev.handbook.model.FlagCategory;
import dev.handbook.model.EntryKind;
import java.util.Arrays;
import java.util.List;

/** The fields of {@code site/handbook.yaml}. */
public final class ConfigSchema {

    private ConfigSchema() {}

    public static final RecordSchema FOLDERS =
            new RecordSchema(
                    "folders",
                    "Where each kind of record lives under the content folder.",
                    Arrays.stream(EntryKind.values())
                            .map(k -> of(k.key(), STRING, "Default `" + k.defaultFolder() + "`."))
                            .toList());

    public static final RecordSchema REVIEW =
            new RecordSchema(
                    "review",
                    "Runbook review policy.",
                    List.of(
                            of("every", PERIOD, "Default review interval of a runbook (90d)."),
                            of("due_soon", PERIOD, "How early a review shows as due soon (14d).")));

    public static final RecordSchema MARKDOWN =
            new RecordSchema(
                    "markdown",
                    "Markdown rendering.",
                    List.of(of("raw_html", BOOLEAN, "Let raw HTML reach pages unchanged: HTML in Markdown and AsciiDoc passthroughs, script included"
                            + " (only the pages' Content-Security-Policy still blocks inline script). Default `false`: Markdown's raw HTML"
                            + " is escaped, and every converted body keeps only HTML that cannot run script (no scripts, event handlers,"
                            + " `javascript:`, `vbscript:` or `data:` links). Turn it on only if every writer of the content is trusted.")));

    public static final RecordSchema VERIFY =
            new RecordSchema(
                    "verify",
                    "Verification snippets.",
                    List.of(
                            of("enabled", BOOLEAN, "Run snippets in every build, as `--verify` does (default `false`)."),
                            of("cache_for", FieldType.DURATION, "How long a snippet's result is reused if the snippet did not change (default `1h`).")));

    public static final RecordSchema SOURCE =
            new RecordSchema(
                    "source",
                    "A folder of records kept where a team already has them, read in place: no file is renamed or changed.",
                    List.of(
                            of("path", STRING, "The folder, relative to the repository root (the folder that holds `site/`), e.g. `docs/adr`;"
                                    + " it must exist and may not lead outside the repository (`..`).").asRequired(),
                            new FieldSpec("kind", FieldType.ENUM, true, "The kind of record its files are, or `alert` for a folder of"
                                    + " Prometheus rule files (rule groups or `PrometheusRule` objects), read for the alerts they define.",
                                    java.util.stream.Stream.concat(Arrays.stream(EntryKind.values()).map(EntryKind::key), java.util.stream.Stream.of("alert"))
                                            .toList(), java.util.Set.of(), null),
                            of("format", STRING, "How its files are written: `auto` (default: handbook's own front matter or YAML"
                                    + " records when a file has them, else the first format that recognises the file), `native`, or a format's name: see docs/formats.md."),
                            of("include", FieldType.STRINGS, "Globs (java.nio `PathMatcher` syntax, relative to `path`) a file must match to be"
                                    + " read, e.g. `**.md` (default: every file)."),
                            of("exclude", FieldType.STRINGS, "Globs of files not to read, e.g. `README.md`, `templates/**`."),
                            of("defaults", FieldType.MAPPING, "Fields every file of the source gets unless it sets them itself, e.g."
                                    + " `owner: team-platform`, `review_every: 180d`; checked against the kind's fields."),
                            of("fields", FieldType.MAPPING, "Renames of front matter keys of another vocabulary to the kind's fields, applied"
                                    + " before the fields are checked, e.g. `{start_time: date, sev: severity}`."),
                            of("map", FieldType.MAPPING, "For tools' output (evidence): the SPOFs or services a run belongs to by a name it"
                                    + " carries (pgBackRest stanza, Kubernetes namespace, Velero schedule, experiment name), e.g."
                                    + " `{basecamp: [postgres-primary, backup-store], data: redis-primary}`. Used when the file itself names"
                                    + " no target.")));

    public static final RecordSchema ADR_STATUSES =
            new RecordSchema(
                    "adr_statuses",
                    "The ADR status table: the words ADRs read in other tools' formats write as their status, per status of"
                            + " the model. Case, emoji and Markdown marks do not count (`✅ Accepted` is `accepted`). Words listed"
                            + " here are added to the defaults; a default word listed under another status moves there. Example:"
                            + " `adr_statuses: {accepted: [live, \"in force\"], rejected: [done]}`.",
                    Arrays.stream(AdrStatus.values())
                            .map(s -> of(s.wire(), FieldType.STRINGS, "Default: " + String.join(", ", s.defaultWords()) + "."))
                            .toList());

    public static final RecordSchema SITE =
            new RecordSchema(
                    "site config",
                    "The handbook's configuration, site/handbook.yaml.",
                    List.of(
                            of("title", STRING, "The handbook's name (default `Handbook`)."),
                            of("description", STRING, "One line shown on the home page."),
                            of("base_url", STRING, "Where the site is served, e.g. `https://handbook.example.com/`: adds `sitemap.xml`,"
                                    + " canonical links, page URLs in `schedule.ics`, and roots the 404 page's links at its path."),
                            of("edit_url", STRING, "A record's source in your repository's web editor, `{path}` for the file's path"
                                    + " from the repository root, e.g. `https://github.com/org/repo/edit/main/{path}`: adds \"Edit this page\"."),
                            object("folders", FOLDERS, "Remaps content folders."),
                            FieldSpec.objects("sources", SOURCE, "Folders of records anywhere in the repository, read in place. When"
                                    + " given, only these are read (`content/` too only if listed); when absent, each kind's folder under `content/`."),
                            object("review", REVIEW, "Runbook review policy."),
                            object("cadence", Schemas.CADENCE, "How often SPOFs and services must be exercised."),
                            object("markdown", MARKDOWN, "Markdown rendering options."),
                            object("adr_statuses", ADR_STATUSES, "More words ADRs write as their status, per status."),
                            object("verify", VERIFY, "Verification snippets."),
                            of("offline", BOOLEAN, "Also write `handbook-offline.html`, the whole handbook in one self-contained file"
                                    + " (default `false`; it adds about half a second to a small build, more for large ones)."),
                            FieldSpec.choices("fail_on", FlagCategory.class,
                                    "Freshness flags that fail `build` and `check` (exit code 4), like `--fail-on`; `due-soon` never fails.")));
}
