package dev.handbook.render;

import dev.handbook.render.input.TagIndex;
import dev.handbook.render.input.BuildFacts;
import dev.handbook.render.input.RenderInput;
import dev.handbook.render.input.PageLinks;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.model.FlagCategory;
import dev.handbook.model.ChaosExperiment;
import dev.handbook.model.Drill;
import dev.handbook.model.Entry;
import dev.handbook.model.EntryId;
import dev.handbook.model.EntryKind;
import dev.handbook.model.PagePaths;
import dev.handbook.model.Postmortem;
import dev.handbook.model.Service;
import dev.handbook.model.Spof;
import dev.handbook.model.SpofStatus;
import dev.handbook.render.Page;
import dev.handbook.render.diagram.DependencyGraph;
import dev.handbook.render.diagram.RecoveryChart;
import dev.handbook.render.diagram.SpofTimeline;
import dev.handbook.xref.Edge;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The render stage: builds a read-only model for every page and renders it with its template, in parallel. Pages that
 * fail to render are reported and left out.
 */
public final class PageRenderer {

    private final TemplateEngine templates;

    public PageRenderer(TemplateEngine templates) {
        this.templates = templates;
    }

    /** How to make one page from what it reads; it reports its problems to {@code diagnostics}. */
    @FunctionalInterface
    public interface PageJob {
        Optional<Page> render(RenderInput input, Diagnostics diagnostics);
    }

    /**
     * Every page the site has, by output path, and how to make it: each record's page, each kind's index, the
     * site-wide pages and a page per tag. Which pages exist follows from the facts; what each shows is read through
     * its own {@link RenderInput} when it renders.
     */
    public Map<String, PageJob> plan(BuildFacts facts) {
        Map<String, PageJob> jobs = new LinkedHashMap<>();
        jobs.put(PagePaths.HOME, this::home);
        jobs.put(PagePaths.SPOF_MATRIX, this::spofMatrix);
        jobs.put(PagePaths.MAP, this::map);
        jobs.put(PagePaths.ATTENTION, this::attention);
        jobs.put(PagePaths.VERIFICATION, this::verification);
        jobs.put(CalendarWriter.PATH, (input, diagnostics) -> Optional.of(new CalendarWriter().write(input)));
        for (EntryKind kind : EntryKind.values()) {
            jobs.put(PagePaths.index(kind), (input, diagnostics) -> index(input, kind, diagnostics));
        }
        jobs.put(PagePaths.TAGS, (input, diagnostics) -> tagIndex(input, input.tags(), diagnostics));
        for (String slug : facts.tags().bySlug().keySet()) {
            jobs.put(PagePaths.tag(slug), (input, diagnostics) -> tag(input, input.tag(slug), diagnostics));
        }
        for (Entry entry : facts.catalog().entries()) {
            EntryId id = entry.id();
            jobs.put(PagePaths.entry(id), (input, diagnostics) -> entry(input, input.catalog().get(id), diagnostics));
        }
        return jobs;
    }

    /** One record's page. */
    Optional<Page> entry(RenderInput input, Entry entry, Diagnostics diagnostics) {
        String path = PagePaths.entry(entry.id());
        PageLinks links = new PageLinks(input, path);
        Map<String, Object> model = base(input, path, entry.title(), entry.id().kind().key(),
                input.conversions().code(entry.id()), input.conversions().mermaid(entry.id()));
        model.put("entry", entry);
        model.put("links", links);
        model.put("h", new MarkupHtml(input.conversions(), input.verification(), entry.id()));
        model.put("review", input.freshness().review(entry.id()));
        model.put("exercises", input.freshness().exercises(entry.id()));
        model.put("flags", input.freshness().flags(entry.id()));
        BackupRows.of(entry.id(), input.freshness(), links).ifPresent(row -> model.put("backups", row));
        String file = input.evidenceFiles().get(entry.meta().sourcePath());
        if (file != null) {
            model.put("sourceFile", links.href(PagePaths.file(file)));
        }
        List<EntryId> outgoing = input.graph().outgoing(entry.id()).stream().map(Edge::to).filter(id -> !id.equals(entry.id())).toList();
        List<EntryId> incoming = input.graph().incoming(entry.id()).stream().map(Edge::from).filter(id -> !id.equals(entry.id())).toList();
        model.put("linksTo", links.grouped(outgoing));
        model.put("referencedBy", links.grouped(incoming));
        model.put("supersedes", input.graph().supersedes(entry.id()).stream().map(links::to).toList());
        model.put("supersededBy", input.graph().supersededBy(entry.id()).stream().map(links::to).toList());
        if (entry instanceof Spof spof) {
            model.put("matrix", SpofMatrix.row(spof, input.catalog(), input.graph(), input.freshness(), links));
            DependencyGraph.ofSpof(spof, input, links).ifPresent(graph -> model.put("graph", graph));
            SpofTimeline.of(spof, input, links).ifPresent(timeline -> model.put("timeline", timeline));
            RecoveryChart.rto(spof, input, links).ifPresent(chart -> model.put("rtoChart", chart));
            RecoveryChart.rpo(spof, input, links).ifPresent(chart -> model.put("rpoChart", chart));
        }
        if (entry instanceof ChaosExperiment chaos) {
            model.put("run", ChaosRunView.of(chaos, input.evidenceFiles(), links));
        }
        if (entry instanceof Service service) {
            DependencyGraph.ofService(service, input, links).ifPresent(graph -> model.put("graph", graph));
        }
        return render(entry.id().kind().key() + ".ftlh", model, path, diagnostics);
    }

    private Optional<Page> index(RenderInput input, EntryKind kind, Diagnostics diagnostics) {
        String path = PagePaths.index(kind);
        Map<String, Object> model = base(input, path, kind.pluralLabel(), kind.key());
        model.put("kind", kind);
        model.put("table", new IndexTables(input, new PageLinks(input, path)).of(kind));
        return render("index.ftlh", model, path, diagnostics);
    }

    private Optional<Page> tagIndex(RenderInput input, TagIndex tags, Diagnostics diagnostics) {
        String path = PagePaths.TAGS;
        Map<String, Object> model = base(input, path, "Tags", "tags");
        model.put("tags", tags.bySlug().values().stream()
                .map(tag -> new NavItem(tag.label(), PagePaths.relative(path, PagePaths.tag(tag.slug())), tag.ids().size(), false)).toList());
        return render("tags.ftlh", model, path, diagnostics);
    }

    private Optional<Page> tag(RenderInput input, TagIndex.Tag tag, Diagnostics diagnostics) {
        String path = PagePaths.tag(tag.slug());
        Map<String, Object> model = base(input, path, "Tagged " + tag.label(), "tags");
        model.put("tag", tag);
        model.put("groups", new PageLinks(input, path).grouped(tag.ids()));
        return render("tag.ftlh", model, path, diagnostics);
    }

    /** Services, SPOFs and runbooks as one graph. */
    private Optional<Page> map(RenderInput input, Diagnostics diagnostics) {
        String path = PagePaths.MAP;
        Map<String, Object> model = base(input, path, "Dependency map", "map");
        DependencyGraph.ofHandbook(input, new PageLinks(input, path)).ifPresent(graph -> model.put("graph", graph));
        return render("map.ftlh", model, path, diagnostics);
    }

    private Optional<Page> spofMatrix(RenderInput input, Diagnostics diagnostics) {
        String path = PagePaths.SPOF_MATRIX;
        Map<String, Object> model = base(input, path, "SPOF matrix", "matrix");
        model.put("rows", SpofMatrix.rows(input.catalog(), input.graph(), input.freshness(), new PageLinks(input, path)));
        return render("spof-matrix.ftlh", model, path, diagnostics);
    }

    /** Every verification snippet of the handbook and its result. */
    private Optional<Page> verification(RenderInput input, Diagnostics diagnostics) {
        String path = PagePaths.VERIFICATION;
        Map<String, Object> model = base(input, path, "Verification", "verification");
        model.put("rows", VerificationRows.of(input, new PageLinks(input, path)));
        model.put("ran", input.verification().ran());
        return render("verification.ftlh", model, path, diagnostics);
    }

    /** The report of everything flagged, by owner and by kind. */
    private Optional<Page> attention(RenderInput input, Diagnostics diagnostics) {
        String path = PagePaths.ATTENTION;
        Map<String, Object> model = base(input, path, "Needs attention", "attention");
        model.put("byOwner", input.freshness().byOwner());
        model.put("byKind", input.freshness().flags().stream()
                .collect(java.util.stream.Collectors.groupingBy(f -> f.subject().kind().pluralLabel(), java.util.TreeMap::new, java.util.stream.Collectors.toList())));
        return render("attention.ftlh", model, path, diagnostics);
    }

    private Optional<Page> home(RenderInput input, Diagnostics diagnostics) {
        String path = PagePaths.HOME;
        PageLinks links = new PageLinks(input, path);
        Map<String, Object> model = base(input, path, input.config().title(), "home");
        model.put("openSpofs", input.catalog().ofKind(EntryKind.SPOF, Spof.class).stream()
                .filter(s -> s.status() == SpofStatus.OPEN).map(links::to).toList());
        model.put("openActions", input.freshness().actionItems());
        model.put("worstFlags", input.freshness().flags().stream().limit(8).toList());
        Map<String, Long> tally = new HashMap<>();
        for (FlagCategory category : FlagCategory.values()) {
            tally.put(category.wire(), input.freshness().count(category));
        }
        model.put("tally", tally);
        model.put("kinds", kindCards(input, path));
        model.put("verification", VerificationRows.tally(input.verification()));
        model.put("backups", BackupRows.required(input.catalog(), input.freshness(), links));
        model.put("recentIncidents", input.catalog().ofKind(EntryKind.POSTMORTEM, Postmortem.class).stream()
                .sorted(Comparator.comparing(Postmortem::date).reversed()).limit(5).map(links::to).toList());
        model.put("recentExercises", Stream.concat(
                        input.catalog().ofKind(EntryKind.DRILL, Drill.class).stream().map(d -> Map.entry(d.date(), (Entry) d)),
                        input.catalog().ofKind(EntryKind.CHAOS, ChaosExperiment.class).stream().map(c -> Map.entry(c.date(), (Entry) c)))
                .sorted(Map.Entry.<java.time.LocalDate, Entry>comparingByKey().reversed().thenComparing(e -> e.getValue().id()))
                .limit(6).map(e -> links.to(e.getValue())).toList());
        return render("home.ftlh", model, path, diagnostics);
    }

    private Map<String, Object> base(RenderInput input, String path, String title, String section) {
        return base(input, path, title, section, false, false);
    }

    private Map<String, Object> base(RenderInput input, String path, String title, String section, boolean code, boolean mermaid) {
        String root = PagePaths.root(path);
        Map<String, Object> model = new HashMap<>();
        model.put("site", new SiteView(input.config().title(), input.config().description(), input.asOf().toString(), root,
                Navigation.sidebar(input, path, section), Navigation.crumbs(path, section, title), code, mermaid,
                input.config().offline()));
        model.put("title", title);
        model.put("fmt", ValueText.INSTANCE);
        model.put("fresh", input.freshness());
        model.put("links", new PageLinks(input, path));
        model.put("section", section);
        return model;
    }

    /** The home page's cards: each section with its count. */
    private static List<NavItem> kindCards(RenderInput input, String path) {
        List<NavItem> cards = new ArrayList<>();
        for (EntryKind kind : Navigation.ORDER) {
            cards.add(new NavItem(kind.pluralLabel(), PagePaths.relative(path, PagePaths.index(kind)), input.catalog().ofKind(kind).size(), false));
        }
        cards.add(new NavItem("Needs attention", PagePaths.relative(path, PagePaths.ATTENTION), input.freshness().flags().size(), false));
        return cards;
    }

    private Optional<Page> render(String template, Map<String, Object> model, String path, Diagnostics diagnostics) {
        return templates.render(template, model, diagnostics).map(html -> Page.html(path, html));
    }
}
