package dev.handbook.formats;

import dev.handbook.schema.AdrSchema;
import dev.handbook.schema.CommonSchema;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.SourcePosition;
import dev.handbook.model.AdrStatus;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The metadata MADR and log4brains write as {@code Key: value} (in bullets, bold lines, a metadata table or front
 * matter), read into handbook's fields: {@code Status} (through the status table), {@code Date}, {@code Deciders} (also
 * {@code decision-makers}, {@code Author}) and {@code Tags}. Keys are matched case-insensitively; others are not
 * metadata and stay where they are.
 *
 * <p>Not thread-safe: one per file read.
 */
final class MadrMetadata {

    /** The keys read, by their lower-case spelling, and the field each fills. */
    private static final Map<String, String> FIELDS =
            Map.of(
                    "status", AdrSchema.STATUS.name(),
                    "date", AdrSchema.DATE.name(),
                    "deciders", AdrSchema.DECIDERS.name(),
                    "decision-makers", AdrSchema.DECIDERS.name(),
                    "decision makers", AdrSchema.DECIDERS.name(),
                    "author", AdrSchema.DECIDERS.name(),
                    "authors", AdrSchema.DECIDERS.name(),
                    "tags", CommonSchema.TAGS.name());

    /** A phrase of three or more words and no comma in brackets or braces, as MADR's and log4brains' templates write. */
    private static final Pattern PLACEHOLDER = Pattern.compile("[\\[{][^\\]},]*\\S+\\s+\\S+\\s+\\S+[^\\]},]*[\\]}]");

    private final StatusText statuses;
    private final MarkdownDocument document;
    private final AdrFields fields;
    private final boolean dayFirst;
    private final Diagnostics diagnostics;

    MadrMetadata(StatusText statuses, MarkdownDocument document, AdrFields fields, boolean dayFirst, Diagnostics diagnostics) {
        this.statuses = statuses;
        this.document = document;
        this.fields = fields;
        this.dayFirst = dayFirst;
        this.diagnostics = diagnostics;
    }

    /** The field {@code key} fills, if it is a metadata key. */
    static Optional<String> field(String key) {
        return Optional.ofNullable(FIELDS.get(key.strip().toLowerCase(Locale.ROOT)));
    }

    /**
     * Reads one value; false if {@code key} is not metadata. {@code at} is where the value is written. A template's
     * placeholder ({@code [list everyone involved in the decision]}) is no value.
     */
    boolean read(String key, InlineText value, SourcePosition at) {
        Optional<String> field = field(key);
        if (field.isEmpty()) {
            return false;
        }
        if (PLACEHOLDER.matcher(value.text().strip()).matches() && !value.text().contains("|")) {
            return true;
        }
        if (field.get().equals(AdrSchema.STATUS.name())) {
            if (value.text().contains("|")) {
                // a new log4brains ADR keeps the template's `[draft | proposed | …]`; log4brains shows it as a draft
                fields.put(AdrSchema.STATUS, AdrStatus.PROPOSED.wire(), at);
                diagnostics.warning("madr.status-choices", at, "The status still lists the template's choices; it is read as proposed.",
                        "Keep one of them, e.g. `- Status: accepted`.");
            } else {
                statuses.readStatus(value, at, document, fields, diagnostics);
            }
        } else if (field.get().equals(AdrSchema.DATE.name())) {
            fields.date(AdrSchema.DATE, value.spoken(), at, dayFirst, diagnostics);
        } else {
            list(field.get(), value.spoken(), at);
        }
        return true;
    }

    /** A list written on one line: {@code a, b}, {@code [a, b]}, or, without commas, {@code a b} as log4brains allows. */
    private void list(String field, String written, SourcePosition at) {
        String items = written.strip().replaceAll("^\\[(.*)]$", "$1");
        boolean spaced = field.equals(CommonSchema.TAGS.name()) && !items.contains(",");
        for (String item : items.split(spaced ? "\\s+" : ",")) {
            String name = item.strip().replaceFirst("^#", "");
            if (!name.isEmpty()) {
                fields.add(field, name, document.find(at, name));
            }
        }
    }
}
