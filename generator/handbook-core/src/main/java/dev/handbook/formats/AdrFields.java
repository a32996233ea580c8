package dev.handbook.formats;

import dev.handbook.schema.AdrSchema;
import dev.handbook.schema.CommonSchema;
import dev.handbook.schema.FieldKey;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.SourcePosition;
import dev.handbook.yaml.YamlList;
import dev.handbook.yaml.YamlMap;
import dev.handbook.yaml.YamlNode;
import dev.handbook.yaml.YamlScalar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The fields an ADR reader has found, collected into the mapping native front matter would have been: the first
 * value of a single field wins, list fields gather every value, and a relation written twice (in the status and in a
 * link line) counts once. Every value keeps the position it was written at.
 *
 * <p>Supersession goes to {@code supersedes} / {@code superseded_by}; any other verb to {@code relations}, a list of
 * {@code {verb, target}}, which the schema does not have yet (see the report of issue 13).
 */
final class AdrFields {

    /** {@code 3. }, {@code ADR-012: }, {@code ADR 7 }: numbers in titles, which the file name's number replaces. */
    private static final Pattern NUMBER_PREFIX =
            Pattern.compile("^(?:(?i:adr)[-_ ]?\\d+\\s*[.:)-]?|(?:\\d+|NUMBER)\\s*[.:)-])\\s*");

    private final Map<String, YamlMap.Entry> fields = new LinkedHashMap<>();
    private final Map<String, List<YamlNode>> lists = new LinkedHashMap<>();
    private final Map<String, SourcePosition> listPositions = new LinkedHashMap<>();
    private final Set<String> relationKeys = new LinkedHashSet<>();

    /** Sets a single field, unless a value was already found. */
    void put(FieldKey<?> key, String value, SourcePosition at) {
        put(key.name(), value, at);
    }

    /** Sets a single field named as other tools' vocabulary maps it, unless a value was already found. */
    void put(String key, String value, SourcePosition at) {
        put(key, new YamlScalar(value, false, at), at);
    }

    /** Sets a single field to a node read from YAML, as written. */
    void put(String key, YamlNode value, SourcePosition keyAt) {
        fields.putIfAbsent(key, new YamlMap.Entry(key, keyAt, value));
    }

    /**
     * Sets {@code title} from the H1 written at {@code at}, without its number (real H1s disagree with their file
     * names) and without the quotes log4brains puts around it, unless front matter already gave one.
     */
    void title(String heading, SourcePosition at, MarkdownDocument document) {
        String title = NUMBER_PREFIX.matcher(heading.strip()).replaceFirst("").replaceAll("^\"(.*)\"$", "$1");
        put(CommonSchema.TITLE, title, document.find(at, title));
    }

    /** Sets the date field {@code key} from a date as other tools write it, or reports the forms it may take. */
    void date(FieldKey<LocalDate> key, String written, SourcePosition at, boolean dayFirst, Diagnostics diagnostics) {
        Optional<LocalDate> date = LooseDates.parse(written, dayFirst);
        if (date.isPresent()) {
            put(key, date.get().toString(), at);
        } else {
            diagnostics.error("adr.date", at, "'" + written.strip() + "' is not a date handbook can read.",
                    "Write it as " + LooseDates.FORMS + ".");
        }
    }

    /** The text of single field {@code key}, if it was set to a scalar. */
    Optional<String> text(FieldKey<?> key) {
        return text(key.name());
    }

    Optional<String> text(String key) {
        return Optional.ofNullable(fields.get(key)).map(YamlMap.Entry::value)
                .filter(YamlScalar.class::isInstance).map(v -> ((YamlScalar) v).text());
    }

    /** Where single field {@code key} was written, if it was set. */
    Optional<SourcePosition> position(FieldKey<?> key) {
        return position(key.name());
    }

    Optional<SourcePosition> position(String key) {
        return Optional.ofNullable(fields.get(key)).map(e -> e.value().position());
    }

    boolean has(FieldKey<?> key) {
        return has(key.name());
    }

    boolean has(String key) {
        return fields.containsKey(key) || lists.containsKey(key);
    }

    /** Adds one item to a list field. */
    void add(String key, String value, SourcePosition at) {
        add(key, new YamlScalar(value, false, at));
    }

    void relation(Relation relation) {
        String key = relation.schemaField().orElse(AdrSchema.RELATIONS.name());
        boolean other = key.equals(AdrSchema.RELATIONS.name());
        String verb = other ? relation.verb() : key;
        if (!relationKeys.add(verb + " " + relation.target())) {
            return;
        }
        if (other) {
            add(key, new YamlMap(List.of(
                    new YamlMap.Entry(AdrSchema.RELATION_VERB.name(), relation.where(), new YamlScalar(relation.verb(), false, relation.where())),
                    new YamlMap.Entry(AdrSchema.RELATION_TARGET.name(), relation.where(), new YamlScalar(relation.target(), false, relation.where()))),
                    relation.where()));
        } else {
            add(key, relation.target(), relation.where());
        }
    }

    /** The mapping, single fields first in the order found, then the lists. */
    YamlMap toMap(SourcePosition at) {
        List<YamlMap.Entry> entries = new ArrayList<>(fields.values());
        lists.forEach((key, items) -> {
            SourcePosition first = listPositions.get(key);
            entries.add(new YamlMap.Entry(key, first, new YamlList(items, first)));
        });
        return new YamlMap(entries, at);
    }

    /** Adds one node to a list field. */
    void add(FieldKey<?> key, YamlNode item) {
        add(key.name(), item);
    }

    /** Adds one node to a list field named as other tools' vocabulary maps it. */
    void add(String key, YamlNode item) {
        listPositions.putIfAbsent(key, item.position());
        lists.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
    }
}
