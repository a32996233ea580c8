package dev.handbook.formats;

import dev.handbook.schema.CommonSchema;
import dev.handbook.schema.RunbookSchema;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.SourcePosition;
import dev.handbook.model.EntryKind;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Markdown runbooks written for Hugo, Jekyll or MkDocs, or for no tool at all:
 *
 * <pre>{@code
 * ---                                  # Redis down
 * title: Redis down                    
 * lastmod: 2024-05-02                  1. Check the pods.
 * weight: 10
 * author: team-cache
 * ---
 * }</pre>
 *
 * The title is {@code title} or the first H1 (consumed). {@code lastmod}, else {@code date}, is {@code last_reviewed}
 * (the date part of a date-time); {@code author} or {@code authors} (the first) is {@code owner}; {@code tags} and
 * handbook's own runbook fields are read as written; every other key ({@code weight}, {@code menu}, {@code layout},
 * {@code draft}, {@code aliases}) is ignored. A file named after an alert ({@code AlertmanagerClusterCrashlooping.md},
 * as prometheus-operator's and OpenShift's runbooks are) gets {@code when_to_use} "The `…` alert fires." unless it
 * says when to use it. Hugo's TOML front matter ({@code +++}, {@code title = "…"}) is read like YAML front matter. A
 * {@code README.md} or {@code index.md} lists the runbooks and is skipped.
 *
 * <p>Stateless and thread-safe.
 */
public final class MarkdownRunbookReader implements FormatReader {

    /** Two or more capitalised words run together, nothing else: how alerting rules name alerts. */
    private static final Pattern ALERT_NAME = Pattern.compile("([A-Z][a-z0-9]+(?:[A-Z][A-Za-z0-9]*)+)\\.(?:md|markdown)");
    private static final Map<String, String> VOCABULARY = new LinkedHashMap<>();

    static {
        VOCABULARY.put("lastmod", RunbookSchema.LAST_REVIEWED.name());
        VOCABULARY.put("last_modified_at", RunbookSchema.LAST_REVIEWED.name());
        VOCABULARY.put("date", RunbookSchema.LAST_REVIEWED.name());
        VOCABULARY.put("author", CommonSchema.OWNER.name());
        VOCABULARY.put("authors", CommonSchema.OWNER.name());
    }

    @Override
    public String name() {
        return "markdown-runbook";
    }

    @Override
    public Set<EntryKind> kinds() {
        return Set.of(EntryKind.RUNBOOK);
    }

    /** Any Markdown runbook whose front matter, if it has one, is not handbook's own. */
    @Override
    public boolean recognises(FormatInput input) {
        return MarkdownPage.isForeign(input);
    }

    @Override
    public FormatResult read(FormatInput input, Diagnostics diagnostics) {
        Optional<FormatResult> index = MarkdownPage.indexPage(input);
        if (index.isPresent()) {
            return index.get();
        }
        Diagnostics own = new Diagnostics();
        MarkdownPage page = new MarkdownPage(input, input.text());
        page.readFrontMatter(VOCABULARY, own);
        page.readTitle();
        Matcher alert = ALERT_NAME.matcher(input.fileName());
        if (alert.matches()) {
            SourcePosition file = SourcePosition.file(input.displayPath());
            page.fields().put(RunbookSchema.WHEN_TO_USE, "The `" + alert.group(1) + "` alert fires.", file);
            page.fields().put(CommonSchema.TITLE, alert.group(1), file);
            page.fields().put(RunbookSchema.ALERTS, alert.group(1), file); // so the alert's page leads here
        }
        own.sorted().forEach(diagnostics::report);
        return own.hasErrors() ? new FormatResult.Failed() : page.result();
    }
}
