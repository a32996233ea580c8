package dev.handbook.render.diagram;

import static dev.handbook.render.diagram.DiagramFixture.drill;
import static dev.handbook.render.diagram.DiagramFixture.linksFrom;
import static dev.handbook.render.diagram.DiagramFixture.render;
import static dev.handbook.render.diagram.DiagramFixture.scratch;
import static dev.handbook.render.diagram.DiagramFixture.service;
import static dev.handbook.render.diagram.DiagramFixture.spof;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.model.EntryKind;
import dev.handbook.model.Spof;
import dev.handbook.render.input.RenderInput;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryChartTest {

    @TempDir Path root;

    private Spof dbPrimary(RenderInput input) {
        return (Spof) input.catalog().find("db-primary").orElseThrow();
    }

    @Test
    void aMeasurementAboveTheTargetIsMarkedMissed() {
        RenderInput input = scratch(root, "2026-04-01",
                "content/spofs/db-primary.yaml", spof("db-primary", "Database primary", null, null, "open", "rto_target: 15m\n"),
                "content/drills/2026-01-05-a.yaml", drill("Quick drill", "2026-01-05", "db-primary", "pass", "10m", null),
                "content/drills/2026-03-05-b.yaml", drill("Slow drill", "2026-03-05", "db-primary", "fail", "40m", null));
        RecoveryChartView chart = RecoveryChart.rto(dbPrimary(input), input, linksFrom(input, EntryKind.SPOF, "db-primary")).orElseThrow();

        Document svg = render(root.resolve("templates"), "<@d.recoveryChart v/>", chart);

        Element missed = svg.selectFirst("a[href=../drills/2026-03-05-b.html] g");
        assertThat(missed.classNames()).contains("dg-point", "bad", "missed");
        assertThat(missed.selectFirst("title").text()).isEqualTo("2026-03-05 · RTO 40m, missed the 15m target — Slow drill");
        Element met = svg.selectFirst("a[href=../drills/2026-01-05-a.html] g");
        assertThat(met.classNames()).contains("good").doesNotContain("missed");
        assertThat(svg.selectFirst("text.dg-target-label").text()).isEqualTo("target 15m");
        Element target = svg.selectFirst("line.dg-target");
        assertThat(target.attr("stroke-dasharray")).isNotEmpty();
        double targetY = Double.parseDouble(target.attr("y1"));
        assertThat(chart.points().get(1).y()).as("longer is higher").isLessThan(targetY);
        assertThat(chart.points().get(0).y()).isGreaterThan(targetY);
        assertThat(svg.select("text.dg-tick-label").eachText()).contains("0", "15m");
        assertThat(chart.summary()).contains("1 met and 1 missed the 15m target");
    }

    @Test
    void theTargetFallsBackToTheService() {
        RenderInput input = scratch(root, "2026-04-01",
                "content/services/db.yaml", service("Database", "", "rpo_target: 1h\n"),
                "content/spofs/db-primary.yaml", spof("db-primary", "Database primary", "db", null, "open", ""),
                "content/drills/2026-01-05-a.yaml", drill("Drill", "2026-01-05", "db-primary", "pass", null, "90m"));

        RecoveryChartView chart = RecoveryChart.rpo(dbPrimary(input), input, linksFrom(input, EntryKind.SPOF, "db-primary")).orElseThrow();

        assertThat(chart.target().label()).isEqualTo("target 1h (service)");
        assertThat(chart.points()).singleElement().satisfies(p -> assertThat(p.missed()).isTrue());
        assertThat(RecoveryChart.rto(dbPrimary(input), input, linksFrom(input, EntryKind.SPOF, "db-primary"))).as("no RTO measured").isEmpty();
    }

    @Test
    void withoutATargetThePointsAreNeutralAndANoteSaysWhy() {
        RenderInput input = scratch(root, "2026-04-01",
                "content/spofs/db-primary.yaml", spof("db-primary", "Database primary", null, null, "open", ""),
                "content/drills/2026-01-05-a.yaml", drill("Drill", "2026-01-05", "db-primary", "pass", "5m", null));

        RecoveryChartView chart = RecoveryChart.rto(dbPrimary(input), input, linksFrom(input, EntryKind.SPOF, "db-primary")).orElseThrow();
        Document svg = render(root.resolve("templates"), "<@d.recoveryChart v/>", chart);

        assertThat(chart.target()).isNull();
        assertThat(svg.select("line.dg-target")).isEmpty();
        assertThat(svg.select("g.missed")).isEmpty();
        assertThat(svg.selectFirst(".dg-note").text()).isEqualTo("No RTO target is set for this SPOF or its service.");
    }

    @Test
    void aSpofWithoutDrillsHasNoChart() {
        RenderInput input = scratch(root, "2026-04-01",
                "content/spofs/db-primary.yaml", spof("db-primary", "Database primary", null, null, "open", "rto_target: 15m\n"));

        assertThat(RecoveryChart.rto(dbPrimary(input), input, linksFrom(input, EntryKind.SPOF, "db-primary"))).isEmpty();
    }
}
