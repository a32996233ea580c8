package dev.handbook.render.diagram;

import static dev.handbook.render.diagram.DiagramFixture.render;
import static dev.handbook.render.diagram.DiagramFixture.scratch;
import static dev.handbook.render.diagram.DiagramFixture.service;
import static dev.handbook.render.diagram.DiagramFixture.spof;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.TestSites;
import dev.handbook.model.EntryKind;
import dev.handbook.model.PagePaths;
import dev.handbook.render.input.PageLinks;
import dev.handbook.render.input.RenderInput;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HandbookMapTest {

    @TempDir Path root;

    @Test
    void theExampleMapDrawsEveryServiceSpofAndRunbookEachLinkingToItsPage() {
        RenderInput input = DiagramFixture.input(TestSites.EXAMPLE, "2026-11-23");
        GraphView map = DependencyGraph.ofHandbook(input, new PageLinks(input, "map.html")).orElseThrow();

        Set<String> pages = input.catalog().entries().stream()
                .filter(e -> Set.of(EntryKind.SERVICE, EntryKind.SPOF, EntryKind.RUNBOOK).contains(e.id().kind()))
                .map(e -> PagePaths.entry(e.id())).collect(Collectors.toSet());
        Document svg = render(root.resolve("templates"), "<@d.graph v/>", map);
        assertThat(svg.select("svg a").eachAttr("href")).containsExactlyInAnyOrderElementsOf(pages);
        assertThat(map.note()).isEmpty();
        assertThat(svg.selectFirst("svg").attr("role")).isEqualTo("img");
        assertThat(svg.selectFirst("svg").attr("aria-labelledby")).isEqualTo("map-title map-desc");
        assertThat(svg.selectFirst("svg").attr("viewBox")).isEqualTo("0 0 " + fmt(map.width()) + " " + fmt(map.height()));
    }

    @Test
    void aHugeHandbookIsGroupedByServiceAndSaysSo() {
        List<String> files = new ArrayList<>(List.of("content/services/db.yaml", service("Database", "", ""),
                "content/services/api.yaml", service("API", "db", "")));
        for (int i = 0; i < HandbookMap.MAX_NODES + 10; i++) {
            files.add("content/spofs/s" + i + ".yaml");
            files.add(spof("s" + i, "SPOF " + i, i % 3 == 0 ? "api" : "db", null, i % 2 == 0 ? "open" : "mitigated", ""));
        }
        RenderInput input = scratch(root, "2026-02-15", files.toArray(String[]::new));

        GraphView map = DependencyGraph.ofHandbook(input, new PageLinks(input, "map.html")).orElseThrow();

        assertThat(map.nodes()).extracting(GraphView.Node::kind).containsOnly("service", "group").hasSize(4);
        assertThat(map.nodes()).filteredOn(n -> n.kind().equals("group")).extracting(GraphView.Node::label)
                .containsExactlyInAnyOrder("54 SPOFs", "106 SPOFs");
        assertThat(map.nodes()).filteredOn(n -> n.kind().equals("group")).extracting(GraphView.Node::href)
                .containsExactlyInAnyOrder("services/api.html", "services/db.html");
        assertThat(map.note()).contains("160 SPOFs", "grouped by service");
    }

    @Test
    void aDependencyLoopStillLaysOut() {
        RenderInput input = scratch(root, "2026-02-15",
                "content/services/a.yaml", service("A", "b", ""),
                "content/services/b.yaml", service("B", "c", ""),
                "content/services/c.yaml", service("C", "a", ""));

        GraphView map = DependencyGraph.ofHandbook(input, new PageLinks(input, "map.html")).orElseThrow();

        assertThat(map.nodes()).hasSize(3);
        assertThat(map.edges()).hasSize(3).allSatisfy(e -> assertThat(e.path()).startsWith("M "));
        assertThat(map.nodes()).extracting(GraphView.Node::x).doesNotHaveDuplicates();
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
