package dev.handbook.render.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.ScratchHandbook;
import dev.handbook.Snapshot;
import dev.handbook.TestSites;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.Severity;
import dev.handbook.model.EntryId;
import dev.handbook.model.EntryKind;
import dev.handbook.model.PagePaths;
import dev.handbook.render.input.PageLinks;
import dev.handbook.render.input.RenderInput;
import dev.handbook.render.TemplateEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/** Builds a {@link RenderInput} from a handbook on disk, and renders the diagram macros through the real engine. */
final class DiagramFixture {

    private DiagramFixture() {}

    static RenderInput input(Path root, String asOf) {
        Snapshot s = TestSites.HANDBOOK.snapshot(TestSites.options(root, root.resolve("out")).withAsOf(LocalDate.parse(asOf)), false);
        assertThat(s.diagnostics()).as("diagnostics of %s", root).noneMatch(d -> d.severity() == Severity.ERROR);
        return new RenderInput(s.config(), s.catalog(), s.graph(), s.conversions(), s.freshness(), s.verification(), LocalDate.parse(asOf));
    }

    /** A scratch handbook with the given files written into it. */
    static RenderInput scratch(Path root, String asOf, String... pathsAndTexts) {
        ScratchHandbook handbook = new ScratchHandbook(root);
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            handbook.write(pathsAndTexts[i], pathsAndTexts[i + 1]);
        }
        return input(root, asOf);
    }

    /** The test template's view: the diagram under test as {@code v}. */
    public record Model(Object v) {}

    /** Links as they are made on the page of record {@code kind:name}. */
    static PageLinks linksFrom(RenderInput input, EntryKind kind, String name) {
        return new PageLinks(input, PagePaths.entry(new EntryId(kind, name)));
    }

    /**
     * Renders one macro call of {@code diagrams.ftlh} (e.g. {@code <@d.graph v/>}) with {@code v} in the model, and
     * parses the output as XML: the SVG must be well-formed, and its text comes back unescaped.
     */
    static Document render(Path templates, String call, Object view) {
        try {
            Files.createDirectories(templates);
            Files.writeString(templates.resolve("diagram-test.ftlh"), "<#import \"diagrams.ftlh\" as d><div>" + call + "</div>");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        Diagnostics diagnostics = new Diagnostics();
        String html = new TemplateEngine(templates, templates).render("diagram-test.ftlh", new Model(view), diagnostics)
                .orElseThrow(() -> new AssertionError("template failed: " + diagnostics.sorted()));
        return Jsoup.parse(html, "", Parser.xmlParser());
    }

    /** The raw output of one macro call, to check escaping as written. */
    static String renderRaw(Path templates, String call, Object view) {
        render(templates, call, view);
        Diagnostics diagnostics = new Diagnostics();
        return new TemplateEngine(templates, templates).render("diagram-test.ftlh", new Model(view), diagnostics).orElseThrow();
    }

    static String spof(String name, String title, String service, String runbook, String status, String extra) {
        return "title: \"" + title.replace("\"", "\\\"") + "\"\nowner: team\ncomponent: c\n" + (service == null ? "" : "service: " + service + "\n")
                + "failure_mode: f\n" + (runbook == null ? "" : "runbook: " + runbook + "\n") + "status: " + status + "\n" + extra;
    }

    static String service(String title, String dependsOn, String extra) {
        return "title: \"" + title + "\"\nowner: team\ntier: \"1\"\ndepends_on: [" + dependsOn + "]\n" + extra;
    }

    static String runbook(String title, String spofs, String services) {
        return "---\ntitle: \"" + title.replace("\"", "\\\"") + "\"\nowner: team\nlast_reviewed: 2026-01-10\nspofs: [" + spofs + "]\nservices: ["
                + services + "]\n---\nDo things.\n";
    }

    static String drill(String title, String date, String targets, String outcome, String rto, String rpo) {
        return "title: \"" + title + "\"\nowner: team\ndate: " + date + "\nkind: dr-drill\nscenario: s\ntargets: [" + targets + "]\n"
                + "participants: [Ana]\n" + (rto == null ? "" : "rto_measured: " + rto + "\n") + (rpo == null ? "" : "rpo_measured: " + rpo + "\n")
                + "outcome: " + outcome + "\nfindings: [none]\n";
    }

    static String chaos(String title, String date, String targets, String result) {
        return "title: \"" + title + "\"\ndate: " + date + "\nhypothesis: h\nfault: f\ntool: t\nblast_radius: b\nabort_conditions: [a]\nresult: "
                + result + "\nobservations: o\nfindings: [f]\ntargets: [" + targets + "]\n";
    }

    static String postmortem(String title, String date, String spofs) {
        return "title: \"" + title + "\"\ndate: " + date + "\nseverity: SEV2\nsimulated: false\nsummary: s\nspofs: [" + spofs + "]\n";
    }
}
