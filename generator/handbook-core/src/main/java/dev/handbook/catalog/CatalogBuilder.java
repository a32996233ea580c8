package dev.handbook.catalog;

import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.model.Entry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The catalog stage: indexes entries and reports ids defined more than once (listing every place); references between
 * ADRs written by number ({@code ADR-0045}) become the ids of those ADRs.
 */
public final class CatalogBuilder {

    public Catalog build(List<Entry> entries, Diagnostics diagnostics) {
        return build(entries, Set.of(), diagnostics);
    }

    /** @param brokenIds ids of files that failed to parse; references to them are not reported again */
    public Catalog build(List<Entry> entries, Set<String> brokenIds, Diagnostics diagnostics) {
        Map<String, List<Entry>> byName =
                entries.stream()
                        .sorted(Comparator.comparing(e -> e.meta().sourcePath()))
                        .collect(Collectors.groupingBy(e -> e.id().name(), LinkedHashMap::new, Collectors.toList()));
        List<Entry> unique = new ArrayList<>();
        for (Map.Entry<String, List<Entry>> group : byName.entrySet()) {
            List<Entry> same = group.getValue();
            if (same.size() > 1) {
                for (Entry each : same) {
                    String others =
                            same.stream()
                                    .filter(e -> e != each)
                                    .map(e -> e.meta().sourcePath())
                                    .collect(Collectors.joining(", "));
                    diagnostics.error(
                            "id.duplicate",
                            each.meta().origin(),
                            "Duplicate id '" + group.getKey() + "': also defined in " + others + ".",
                            "Ids are unique across the whole handbook: rename one file or set a different `id:`.");
                }
            }
            unique.add(same.get(0));
        }
        return new Catalog(AdrNumberReferences.resolve(unique, brokenIds, diagnostics), brokenIds);
    }
}
