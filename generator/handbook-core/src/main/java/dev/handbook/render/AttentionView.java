package dev.handbook.render;

import dev.handbook.freshness.Flag;
import dev.handbook.model.PagePaths;
import dev.handbook.render.input.PageLinks;
import dev.handbook.render.input.RenderInput;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The view {@code attention.ftlh} renders: every flag, by owner and by kind.
 *
 * @param flagged whether anything needs attention
 * @param byOwner a group per owner, in the report's order
 * @param byKind a group per kind, by plural label
 */
public record AttentionView(SiteView site, String title, String section, boolean flagged, List<FlagGroup> byOwner, List<FlagGroup> byKind)
        implements PageView {

    private static final String TITLE = "Needs attention";

    public static AttentionView of(RenderInput input) {
        String path = PagePaths.ATTENTION;
        PageLinks links = new PageLinks(input, path);
        Map<String, List<Flag>> byKind = input.freshness().flags().stream()
                .collect(Collectors.groupingBy(f -> f.subject().kind().pluralLabel(), TreeMap::new, Collectors.toList()));
        return new AttentionView(SiteView.of(input, path, TITLE, "attention"), TITLE, "attention", !input.freshness().flags().isEmpty(),
                groups(input.freshness().byOwner(), links), groups(byKind, links));
    }

    private static List<FlagGroup> groups(Map<String, List<Flag>> flags, PageLinks links) {
        return flags.entrySet().stream()
                .map(group -> new FlagGroup(group.getKey(), group.getValue().stream().map(flag -> FlagView.of(flag, links)).toList())).toList();
    }
}
