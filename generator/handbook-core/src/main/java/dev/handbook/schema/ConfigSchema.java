package dev.handbook.schema;

import static dev.handbook.schema.FieldSpec.object;
import static dev.handbook.schema.FieldSpec.of;
import static dev.handbook.schema.FieldType.BOOLEAN;
import static dev.handbook.schema.FieldType.PERIOD;
import static dev.handbook.schema.FieldType.STRING;

import dev.handbook.freshness.FlagCategory;
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

    public static final RecordSchema SITE =
            new RecordSchema(
                    "site config",
                    "The handbook's configuration, site/handbook.yaml.",
                    List.of(
                            of("title", STRING, "The handbook's name (default `Handbook`)."),
                            of("description", STRING, "One line shown on the home page."),
                            object("folders", FOLDERS, "Remaps content folders."),
                            object("review", REVIEW, "Runbook review policy."),
                            object("cadence", Schemas.CADENCE, "How often SPOFs and services must be exercised."),
                            object("markdown", MARKDOWN, "Markdown rendering options."),
                            object("verify", VERIFY, "Verification snippets."),
                            of("offline", BOOLEAN, "Also write `handbook-offline.html`, the whole handbook in one self-contained file"
                                    + " (default `false`; it adds about half a second to a small build, more for large ones)."),
                            FieldSpec.choices("fail_on", FlagCategory.class,
                                    "Freshness flags that fail `build` and `check` (exit code 4), like `--fail-on`; `due-soon` never fails.")));
}
