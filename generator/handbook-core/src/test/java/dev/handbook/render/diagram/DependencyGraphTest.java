package dev.handbook.render.diagram;

import static dev.handbook.render.diagram.DiagramFixture.linksFrom;
import static dev.handbook.render.diagram.DiagramFixture.render;
import static dev.handbook.render.diagram.DiagramFixture.renderRaw;
import static dev.handbook.render.diagram.DiagramFixture.runbook;
import static dev.handbook.render.diagram.DiagramFixture.scratch;
import static dev.handbook.render.diagram.DiagramFixture.service;
import static dev.handbook.render.diagram.DiagramFixture.spof;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.model.EntryKind;
import dev.handbook.model.Service;
import dev.handbook.model.Spof;
import dev.handbook.render.input.PageLinks;
import dev.handbook.render.input.RenderInput;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DependencyGraphTest {

    @TempDir Path root;

    private RenderInput small() {
        return scratch(root, "2026-02-15",
                "content/services/api.yaml", service("API", "db", ""),
                "content/services/db.yaml", service("Database", "", ""),
                "content/spofs/db-primary.yaml", spof("db-primary", "Database primary", "db", "db-failover", "mitigated", ""),
                "content/runbooks/db-failover.md", runbook("Fail over the database", "db-primary", "db"),
                "content/runbooks/restore.md", runbook("Restore from backup", "db-primary", ""));
    }

    private Spof spofOf(RenderInput input, String name) {
        return (Spof) input.catalog().find(name).orElseThrow();
    }

    @Test
    void everyNodeOfASpofGraphLinksToItsPage() {
        RenderInput input = small();
        GraphView graph = DependencyGraph.ofSpof(spofOf(input, "db-primary"), input, linksFrom(input, EntryKind.SPOF, "db-primary")).orElseThrow();

        Document svg = render(root.resolve("templates"), "<@d.graph v/>", graph);

        Map<String, String> titleByHref = svg.select("svg a").stream().collect(Collectors.toMap(a -> a.attr("href"),
                a -> a.selectFirst("title").text(), (x, y) -> x, LinkedHashMap::new));
        assertThat(titleByHref).containsOnlyKeys("../services/api.html", "../services/db.html", "../spofs/db-primary.html",
                "../runbooks/db-failover.html", "../runbooks/restore.html");
        assertThat(titleByHref.get("../services/db.html")).isEqualTo("Database — Service · tier 1");
        assertThat(titleByHref.get("../spofs/db-primary.html")).isEqualTo("Database primary — SPOF · mitigated");
        assertThat(titleByHref.get("../runbooks/restore.html")).startsWith("Restore from backup — Runbook");
        assertThat(svg.select("svg a g.current")).hasSize(1).first().extracting(g -> g.parent().attr("href")).isEqualTo("../spofs/db-primary.html");
    }

    @Test
    void columnsRunFromDependentServicesToTheSpofToItsRunbooks() {
        RenderInput input = small();
        GraphView graph = DependencyGraph.ofSpof(spofOf(input, "db-primary"), input, linksFrom(input, EntryKind.SPOF, "db-primary")).orElseThrow();

        Map<String, Double> x = graph.nodes().stream().collect(Collectors.toMap(GraphView.Node::href, GraphView.Node::x));
        assertThat(x.get("../services/api.html")).isLessThan(x.get("../services/db.html"));
        assertThat(x.get("../services/db.html")).isLessThan(x.get("../spofs/db-primary.html"));
        assertThat(x.get("../spofs/db-primary.html")).isLessThan(x.get("../runbooks/restore.html"));
        assertThat(x.get("../runbooks/restore.html")).isEqualTo(x.get("../runbooks/db-failover.html"));
        assertThat(graph.edges()).extracting(GraphView.Edge::kind).containsExactlyInAnyOrder("depends", "has", "runbook", "runbook");
        assertThat(graph.edges()).allSatisfy(e -> assertThat(e.path()).startsWith("M ").contains(" C "));
    }

    @Test
    void layoutIsDeterministic() {
        RenderInput input = small();
        Spof spof = spofOf(input, "db-primary");
        GraphView first = DependencyGraph.ofSpof(spof, input, linksFrom(input, EntryKind.SPOF, "db-primary")).orElseThrow();
        GraphView second = DependencyGraph.ofSpof(spof, input, linksFrom(input, EntryKind.SPOF, "db-primary")).orElseThrow();

        assertThat(second).isEqualTo(first);
        assertThat(renderRaw(root.resolve("t2"), "<@d.graph v/>", second)).isEqualTo(renderRaw(root.resolve("t1"), "<@d.graph v/>", first));
        assertThat(first.nodes()).allSatisfy(n -> assertThat(n.y() * 10).isEqualTo(Math.rint(n.y() * 10)));
    }

    @Test
    void contentTextIsEscapedAndTheFullTitleIsTheTooltip() {
        String evil = "<script>alert(\"x\")</script> & Co's very long primary database node";
        RenderInput input = scratch(root, "2026-02-15",
                "content/spofs/evil.yaml", spof("evil", evil, null, "fix", "open", ""),
                "content/runbooks/fix.md", runbook("Fix <b>it</b> & go", "evil", ""));
        GraphView graph = DependencyGraph.ofSpof(spofOf(input, "evil"), input, linksFrom(input, EntryKind.SPOF, "evil")).orElseThrow();

        String raw = renderRaw(root.resolve("templates"), "<@d.graph v/>", graph);
        Document svg = render(root.resolve("templates"), "<@d.graph v/>", graph);

        assertThat(raw).doesNotContain("<script", "<b>").contains("&lt;script&gt;", "&amp; Co", "Fix &lt;b&gt;it&lt;/b&gt; &amp; go");
        Element node = svg.selectFirst("a[href=../spofs/evil.html] g");
        assertThat(node.selectFirst("title").text()).isEqualTo(evil + " — SPOF · open");
        assertThat(node.selectFirst("text.dg-label").text()).endsWith("…").hasSizeLessThan(evil.length());
        assertThat(evil).startsWith(node.selectFirst("text.dg-label").text().replace("…", ""));
    }

    @Test
    void aSpofWithoutARunbookIsBadAndSaysSo() {
        RenderInput input = scratch(root, "2026-02-15",
                "content/services/db.yaml", service("Database", "", ""),
                "content/spofs/lonely.yaml", spof("lonely", "Lonely disk", "db", null, "mitigated", ""));
        GraphView graph = DependencyGraph.ofSpof(spofOf(input, "lonely"), input, linksFrom(input, EntryKind.SPOF, "lonely")).orElseThrow();

        GraphView.Node node = graph.nodes().stream().filter(n -> n.kind().equals("spof")).findFirst().orElseThrow();
        assertThat(node.tone()).isEqualTo("bad");
        assertThat(node.detail()).isEqualTo("SPOF · mitigated · no runbook");
        assertThat(graph.legend()).extracting(LegendItem::text).contains("SPOF, open or without a runbook");
    }

    @Test
    void aSpofConnectedToNothingHasNoGraph() {
        RenderInput input = scratch(root, "2026-02-15", "content/spofs/alone.yaml", spof("alone", "Alone", null, null, "open", ""));

        assertThat(DependencyGraph.ofSpof(spofOf(input, "alone"), input, linksFrom(input, EntryKind.SPOF, "alone"))).isEmpty();
    }

    @Test
    void aServiceGraphShowsDependenciesDependentsSpofsAndTheirRunbooks() {
        RenderInput input = small();
        Service db = (Service) input.catalog().find("db").orElseThrow();
        GraphView graph = DependencyGraph.ofService(db, input, linksFrom(input, EntryKind.SERVICE, "db")).orElseThrow();

        assertThat(graph.nodes()).extracting(GraphView.Node::href).containsExactlyInAnyOrder("../services/api.html", "../services/db.html",
                "../spofs/db-primary.html", "../runbooks/db-failover.html", "../runbooks/restore.html");
        assertThat(graph.summary()).startsWith("2 services, 1 SPOF, 2 runbooks.");
    }

    @Test
    void aServiceGraphShowsTheRunbooksOfItsSpofsEvenWhenTheyDoNotNameTheService() {
        RenderInput input = small();
        Service db = (Service) input.catalog().find("db").orElseThrow();

        GraphView graph = DependencyGraph.ofService(db, input, linksFrom(input, EntryKind.SERVICE, "db")).orElseThrow();

        assertThat(graph.nodes()).extracting(GraphView.Node::href).contains("../runbooks/restore.html");
    }

    @Test
    void crossingsAreRemovedByOrderingSpofsLikeTheirServices() {
        RenderInput input = scratch(root, "2026-02-15",
                "content/services/alpha.yaml", service("Alpha", "", ""),
                "content/services/beta.yaml", service("Beta", "", ""),
                "content/services/gamma.yaml", service("Gamma", "alpha, beta", ""),
                "content/spofs/zz-of-alpha.yaml", spof("zz-of-alpha", "Zulu disk", "alpha", null, "open", ""),
                "content/spofs/aa-of-beta.yaml", spof("aa-of-beta", "Able disk", "beta", null, "open", ""));
        GraphView map = DependencyGraph.ofHandbook(input, new PageLinks(input, "map.html")).orElseThrow();

        Map<String, Double> y = map.nodes().stream().collect(Collectors.toMap(GraphView.Node::href, GraphView.Node::y));
        assertThat(y.get("services/alpha.html")).isLessThan(y.get("services/beta.html"));
        assertThat(y.get("spofs/zz-of-alpha.html")).as("alphabetical order would cross the edges").isLessThan(y.get("spofs/aa-of-beta.html"));
    }

    @Test
    void aBigServiceShowsAFewSpofsAndAMoreBox() {
        List<String> args = new ArrayList<>(List.of("content/services/db.yaml", service("Database", "", "")));
        for (int i = 0; i < DependencyGraph.MAX_PER_COLUMN + 5; i++) {
            args.add("content/spofs/s" + i + ".yaml");
            args.add(spof("s" + i, "SPOF " + i, "db", null, "open", ""));
        }
        RenderInput input = scratch(root, "2026-02-15", args.toArray(String[]::new));
        Service db = (Service) input.catalog().find("db").orElseThrow();
        GraphView graph = DependencyGraph.ofService(db, input, linksFrom(input, EntryKind.SERVICE, "db")).orElseThrow();

        assertThat(graph.nodes()).filteredOn(n -> n.kind().equals("spof")).hasSize(DependencyGraph.MAX_PER_COLUMN);
        assertThat(graph.nodes()).filteredOn(n -> n.kind().equals("more")).singleElement()
                .satisfies(n -> assertThat(n.label()).isEqualTo("+5 more SPOFs"))
                .satisfies(n -> assertThat(n.href()).isEqualTo("../spof-matrix.html"));
    }
}
