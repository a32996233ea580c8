package dev.handbook.parse;

import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.model.EntryId;
import dev.handbook.model.Snippet;
import dev.handbook.model.SnippetOption;
import dev.handbook.model.SnippetOptions;
import dev.handbook.model.WrittenOptions;
import dev.handbook.schema.Fields;
import dev.handbook.schema.VerifySchema;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The snippets of a record's {@code verify:} list. The list options stay the lists YAML wrote: {@code env: ["A,B"]}
 * is one variable named {@code A,B}, not two.
 */
final class VerifyItems {

    private VerifyItems() {}

    /** Each item's snippet; an item with bad options is reported and left out. */
    static List<Snippet> snippets(EntryId owner, List<Fields> items, Diagnostics diagnostics) {
        List<Snippet> snippets = new ArrayList<>();
        for (Fields item : items) {
            SnippetOptions.build(owner, item.get(VerifySchema.SHELL, "sh"), item.get(VerifySchema.RUN, ""), options(item),
                    "check " + (snippets.size() + 1), item.where(), diagnostics).ifPresent(snippets::add);
        }
        return snippets;
    }

    private static WrittenOptions options(Fields item) {
        Map<SnippetOption, String> values = new EnumMap<>(SnippetOption.class);
        VerifySchema.SINGLE_OPTIONS.forEach((option, key) -> {
            if (item.has(key)) {
                values.put(option, item.get(key));
            }
        });
        // the schema knows every field of an item, so nothing here is unknown
        return new WrittenOptions(values, item.get(VerifySchema.REQUIRES), item.get(VerifySchema.ENV), List.of());
    }
}
