package dev.handbook.formats;

import dev.handbook.schema.CommonSchema;
import dev.handbook.schema.RunbookSchema;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.SourcePosition;
import dev.handbook.model.EntryKind;
import dev.handbook.model.SourceFormat;
import dev.handbook.yaml.YamlMap;
import dev.handbook.yaml.YamlScalar;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads runbooks of a GOV.UK tech-docs site ({@code tech-docs-gem}), {@code .html.md.erb} files:
 *
 * <pre>{@code
 * ---
 * title: Deploy an app
 * last_reviewed_on: 2024-01-10
 * review_in: 6 months
 * owner_slack: "#govuk-platform"
 * ---
 * <%= partial "partials/links" %>
 * }</pre>
 *
 * {@code last_reviewed_on} is {@code last_reviewed}, {@code review_in} ({@code 6 months}, {@code 2 weeks},
 * {@code 1 year}, {@code 30 days}) is {@code review_every}, {@code owner_slack} is {@code owner}; other keys are read as
 * {@link MarkdownRunbookReader} reads them. ERB tags ({@code <%= … %>}) cannot be run here: each is removed, with a
 * warning at its place.
 *
 * <p>Stateless and thread-safe.
 */
public final class GovukTechDocsReader implements FormatReader {

    private static final Pattern ERB = Pattern.compile("<%.*?%>", Pattern.DOTALL);
    private static final Pattern ERB_NAME = Pattern.compile("(?i).*\\.(?:md|markdown)\\.erb");
    private static final Pattern REVIEW_IN = Pattern.compile("(?i)\\s*(\\d+)\\s*(day|week|month|year)s?\\s*");
    private static final Pattern TECH_DOCS_KEY = Pattern.compile("(?m)^(last_reviewed_on|review_in)\\s*:");
    private static final Map<String, String> UNITS = Map.of("day", "d", "week", "w", "month", "mo", "year", "y");
    private static final Map<String, String> VOCABULARY = Map.of("last_reviewed_on", RunbookSchema.LAST_REVIEWED.name(), "owner_slack", CommonSchema.OWNER.name());

    @Override
    public String name() {
        return "govuk-tech-docs";
    }

    @Override
    public Set<EntryKind> kinds() {
        return Set.of(EntryKind.RUNBOOK);
    }

    /** An {@code .html.md.erb} file, or Markdown whose front matter has tech-docs' review keys. */
    @Override
    public boolean recognises(FormatInput input) {
        return input.markup() == SourceFormat.MARKDOWN && (ERB_NAME.matcher(input.fileName()).matches()
                || MarkdownDocument.frontMatter(input.text()).filter(y -> TECH_DOCS_KEY.matcher(y).find()).isPresent());
    }

    @Override
    public FormatResult read(FormatInput input, Diagnostics diagnostics) {
        Diagnostics own = new Diagnostics();
        MarkdownPage page = new MarkdownPage(input, withoutErb(input, own));
        page.readFrontMatter(VOCABULARY, own);
        page.readTitle();
        reviewIn(page, own);
        own.sorted().forEach(diagnostics::report);
        return own.hasErrors() ? new FormatResult.Failed() : page.result();
    }

    /** {@code review_in: 6 months} as a period, {@code 6mo}; MarkdownPage drops the key, as the schema has no such field. */
    private static void reviewIn(MarkdownPage page, Diagnostics diagnostics) {
        Optional<YamlMap.Entry> entry = page.frontMatter("review_in");
        if (entry.isEmpty() || !(entry.get().value() instanceof YamlScalar value) || value.isNull()) {
            return;
        }
        Matcher period = REVIEW_IN.matcher(value.text());
        if (period.matches()) {
            page.fields().put(RunbookSchema.REVIEW_EVERY, period.group(1) + UNITS.get(period.group(2).toLowerCase(Locale.ROOT)), value.position());
        } else {
            diagnostics.error("govuk.review-in", value.position(), "'" + value.text() + "' is not a period tech-docs writes.",
                    "Write it as a number and a unit, e.g. `6 months`, `2 weeks`, `1 year`.");
        }
    }

    /** The text with every ERB tag removed (its line breaks kept, so positions stay the file's), each one reported. */
    private static String withoutErb(FormatInput input, Diagnostics diagnostics) {
        Matcher tag = ERB.matcher(input.text());
        StringBuilder out = new StringBuilder();
        int line = 1;
        int lineStart = 0;
        int done = 0;
        while (tag.find()) {
            for (int i = done; i < tag.start(); i++) {
                if (input.text().charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            done = tag.start();
            diagnostics.warning("erb.removed", SourcePosition.of(input.displayPath(), line, tag.start() - lineStart + 1),
                    "ERB tag `" + abbreviated(tag.group()) + "` cannot be run here, and is left out of the page.",
                    "Write its output into the page, or leave it: tech-docs still runs it.");
            tag.appendReplacement(out, Matcher.quoteReplacement(tag.group().replaceAll("[^\n]", "")));
        }
        tag.appendTail(out);
        return out.toString();
    }

    private static String abbreviated(String tag) {
        String oneLine = tag.replaceAll("\\s+", " ");
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
    }
}
