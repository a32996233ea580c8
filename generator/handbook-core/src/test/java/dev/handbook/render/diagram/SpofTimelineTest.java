package dev.handbook.render.diagram;

import static dev.handbook.render.diagram.DiagramFixture.chaos;
import static dev.handbook.render.diagram.DiagramFixture.drill;
import static dev.handbook.render.diagram.DiagramFixture.linksFrom;
import static dev.handbook.render.diagram.DiagramFixture.postmortem;
import static dev.handbook.render.diagram.DiagramFixture.render;
import static dev.handbook.render.diagram.DiagramFixture.scratch;
import static dev.handbook.render.diagram.DiagramFixture.spof;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.model.EntryKind;
import dev.handbook.model.Spof;
import dev.handbook.render.input.RenderInput;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpofTimelineTest {

    @TempDir Path root;

    private Optional<TimelineView> timeline(RenderInput input) {
        return SpofTimeline.of((Spof) input.catalog().find("db-primary").orElseThrow(), input, linksFrom(input, EntryKind.SPOF, "db-primary"));
    }

    private RenderInput withEvents(String asOf) {
        return scratch(root, asOf,
                "content/spofs/db-primary.yaml", spof("db-primary", "Database primary", null, null, "open", ""),
                "content/drills/2026-01-05-a.yaml", drill("January drill", "2026-01-05", "db-primary", "pass", null, null),
                "content/chaos/2026-03-01-c.yaml", chaos("March chaos", "2026-03-01", "db-primary", "broken"),
                "content/postmortems/2026-02-10-p.yaml", postmortem("February outage", "2026-02-10", "db-primary"));
    }

    @Test
    void eventsArePlacedInDateOrderEachLinkingToItsRecord() {
        TimelineView t = timeline(withEvents("2026-04-01")).orElseThrow();

        assertThat(t.markers()).extracting(TimelineView.Marker::href)
                .containsExactly("../drills/2026-01-05-a.html", "../postmortems/2026-02-10-p.html", "../chaos/2026-03-01-c.html");
        assertThat(t.markers()).extracting(TimelineView.Marker::x).isSorted().doesNotHaveDuplicates();
        assertThat(t.markers()).extracting(TimelineView.Marker::kind).containsExactly("drill", "incident", "chaos");
        assertThat(t.markers()).extracting(TimelineView.Marker::tone).containsExactly("good", "bad", "bad");
        assertThat(t.markers().get(0).tooltip()).isEqualTo("2026-01-05 · dr drill · pass — January drill");
        assertThat(t.markers()).allSatisfy(m -> assertThat(m.x()).isBetween(t.axisLeft(), t.axisRight()));
    }

    @Test
    void theBuildDateIsMarkedAfterTheEvents() {
        RenderInput input = withEvents("2026-04-01");
        TimelineView t = timeline(input).orElseThrow();

        Document svg = render(root.resolve("templates"), "<@d.timeline v/>", t);

        assertThat(t.asOfX()).isGreaterThan(t.markers().get(2).x()).isLessThanOrEqualTo(t.axisRight());
        Element line = svg.selectFirst("line.dg-asof");
        assertThat(Double.parseDouble(line.attr("x1"))).isEqualTo(t.asOfX());
        assertThat(svg.selectFirst("text.dg-asof-label").text()).isEqualTo("as of 2026-04-01");
        assertThat(svg.select("svg a")).hasSize(3).allSatisfy(a -> assertThat(a.selectFirst("title").text()).isNotBlank());
        assertThat(svg.select("text.dg-tick-label").eachText()).contains("Jan 2026", "Feb", "Mar", "Apr");
        assertThat(svg.select(".dg-legend li").eachText()).contains("drill", "chaos experiment", "incident");
    }

    @Test
    void eventsOnTheSameDayAreStacked() {
        RenderInput input = scratch(root, "2026-04-01",
                "content/spofs/db-primary.yaml", spof("db-primary", "Database primary", null, null, "open", ""),
                "content/drills/2026-02-01-a.yaml", drill("Drill A", "2026-02-01", "db-primary", "pass", null, null),
                "content/drills/2026-02-01-b.yaml", drill("Drill B", "2026-02-01", "db-primary", "fail", null, null),
                "content/chaos/2026-02-01-c.yaml", chaos("Chaos C", "2026-02-01", "db-primary", "held"));

        List<TimelineView.Marker> markers = timeline(input).orElseThrow().markers();

        assertThat(markers).extracting(TimelineView.Marker::x).containsOnly(markers.get(0).x());
        assertThat(markers).extracting(TimelineView.Marker::y).doesNotHaveDuplicates();
        assertThat(markers).filteredOn(m -> m.tone().equals("bad")).singleElement().satisfies(m -> assertThat(m.overlay()).isNotEmpty());
    }

    @Test
    void oneEventMakesATimelineWithTicks() {
        RenderInput input = scratch(root, "2026-02-15",
                "content/spofs/db-primary.yaml", spof("db-primary", "Database primary", null, null, "open", ""),
                "content/drills/2026-02-01-a.yaml", drill("Drill A", "2026-02-01", "db-primary", "partial", null, null));

        TimelineView t = timeline(input).orElseThrow();

        assertThat(t.markers()).singleElement().satisfies(m -> assertThat(m.tone()).isEqualTo("warn"));
        assertThat(t.ticks()).isNotEmpty();
        assertThat(t.summary()).startsWith("1 drill, 0 chaos experiments and 0 incidents");
    }

    @Test
    void aSpofWithoutEventsHasNoTimeline() {
        RenderInput input = scratch(root, "2026-02-15",
                "content/spofs/db-primary.yaml", spof("db-primary", "Database primary", null, null, "open", ""));

        assertThat(timeline(input)).isEmpty();
    }
}
