package dev.handbook.formats;

import dev.handbook.schema.AdrSchema;
import dev.handbook.schema.CommonSchema;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.schema.Schemas;
import dev.handbook.yaml.YamlList;
import dev.handbook.yaml.YamlMap;
import dev.handbook.yaml.YamlNode;
import dev.handbook.yaml.YamlReader;
import dev.handbook.yaml.YamlScalar;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the YAML front matter of MADR 3 and 4: {@code status}, {@code date}, {@code deciders} or
 * {@code decision-makers} through {@link MadrMetadata}; handbook's own ADR fields ({@code tags}, {@code owner},
 * {@code review_by}, …) as written; Jekyll's page keys ({@code parent}, {@code nav_order}, {@code layout}, …) and
 * MADR's {@code consulted} and {@code informed}, which handbook has no field for, ignored. Any other key is a warning.
 *
 * <p>Not thread-safe: one per file read.
 */
final class MadrFrontMatter {

    /** Keys that say a front matter is MADR's and not handbook's. */
    private static final Set<String> MADR_ONLY = Set.of("decision-makers", "consulted", "informed");
    /** Keys only handbook's own front matter has (MADR has no title: its H1 is). */
    private static final Set<String> NATIVE_ONLY = Set.of(CommonSchema.TITLE.name(), CommonSchema.ID.name(), CommonSchema.OWNER.name(),
            AdrSchema.SUPERSEDES.name(), AdrSchema.SUPERSEDED_BY.name(), AdrSchema.REVIEW_BY.name(), CommonSchema.VERIFY.name());
    /** Page keys of Jekyll and its just-the-docs theme, which MADR 4's template sets. */
    private static final Set<String> JEKYLL = Set.of("layout", "parent", "grand_parent", "nav_order", "nav_exclude",
            "has_children", "has_toc", "permalink", "title_prefix", "last_modified_date");
    private static final Set<String> IGNORED = Set.of("consulted", "informed");
    private static final Pattern KEY = Pattern.compile("(?m)^([A-Za-z_][\\w-]*)\\s*:");

    private final MadrMetadata metadata;
    private final AdrFields fields;
    private final Diagnostics diagnostics;

    MadrFrontMatter(MadrMetadata metadata, AdrFields fields, Diagnostics diagnostics) {
        this.metadata = metadata;
        this.fields = fields;
        this.diagnostics = diagnostics;
    }

    /** Whether front matter {@code yaml} is MADR's: it has MADR's keys and none that only handbook's own has. */
    static boolean isMadr(String yaml) {
        Matcher keys = KEY.matcher(yaml);
        Set<String> found = keys.results().map(m -> m.group(1)).collect(Collectors.toSet());
        boolean madr = found.stream().anyMatch(MADR_ONLY::contains) || found.contains("status") || found.contains("date");
        return madr && found.stream().noneMatch(NATIVE_ONLY::contains);
    }

    void read(String yaml, String path) {
        YamlNode node = new YamlReader().read(yaml, path, 2, diagnostics).orElse(null);
        if (!(node instanceof YamlMap map)) {
            if (node != null) {
                diagnostics.error("madr.front-matter", node.position(), "The front matter is " + node.describe() + ", not `key: value` lines.",
                        "Write one `key: value` per line, e.g. `status: accepted`.");
            }
            return;
        }
        for (YamlMap.Entry entry : map.entries()) {
            String key = entry.key();
            if (JEKYLL.contains(key) || IGNORED.contains(key) || entry.value() instanceof YamlScalar s && s.isNull()) {
                continue;
            }
            if (MadrMetadata.field(key).isPresent()) {
                metadata(key, entry.value());
            } else if (Schemas.ADR.field(key).isPresent()) {
                fields.put(key, entry.value(), entry.keyPosition());
            } else {
                diagnostics.warning("madr.unknown-key", entry.keyPosition(),
                        "Front matter key '" + key + "' is neither MADR's nor handbook's, and is ignored.",
                        "Remove it, or rename it to one of handbook's ADR fields: " + String.join(", ", Schemas.ADR.fieldNames()) + ".");
            }
        }
    }

    /** A list is read item by item; a scalar as MADR writes it on one line ({@code status: superseded by [..](..)}). */
    private void metadata(String key, YamlNode value) {
        if (value instanceof YamlList list) {
            for (YamlNode item : list.items()) {
                metadata(key, item);
            }
        } else if (value instanceof YamlScalar scalar) {
            metadata.read(key, InlineText.ofValue(scalar.text(), scalar.position()), scalar.position());
        } else {
            diagnostics.error("madr.front-matter", value.position(), "'" + key + "' is " + value.describe() + ", not a value.",
                    "Write `" + key + ": value`.");
        }
    }
}
