package dev.handbook.render;

import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.model.Entry;
import dev.handbook.model.EntryId;
import dev.handbook.model.EntryKind;
import dev.handbook.model.PagePaths;
import dev.handbook.render.input.BuildFacts;
import dev.handbook.render.input.RenderInput;
import dev.handbook.render.input.TagIndex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The render stage: builds the view record of every page from its {@link RenderInput} and renders it with its
 * template. Pages that fail to render are reported and left out.
 */
public final class PageRenderer {

    private final TemplateEngine templates;

    public PageRenderer(TemplateEngine templates) {
        this.templates = templates;
    }

    /** Every template the pages use, the layout and macros they import first. */
    public static final List<String> TEMPLATES = templates();

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
        jobs.put(PagePaths.NOT_FOUND, (input, diagnostics) -> render("404.ftlh", NotFoundView.of(input), PagePaths.NOT_FOUND, diagnostics));
        jobs.put(CalendarWriter.PATH, (input, diagnostics) -> Optional.of(new CalendarWriter().write(input)));
        for (EntryKind kind : EntryKind.values()) {
            jobs.put(PagePaths.index(kind), (input, diagnostics) -> index(input, kind, diagnostics));
        }
        jobs.put(PagePaths.TAGS, (input, diagnostics) -> tagIndex(input, input.tags(), diagnostics));
        for (String slug : facts.tags().bySlug().keySet()) {
            jobs.put(PagePaths.tag(slug), (input, diagnostics) -> tag(input, input.tag(slug), diagnostics));
        }
        if (!facts.alerts().names().isEmpty()) {
            jobs.put(PagePaths.ALERTS, (input, diagnostics) -> render("alerts.ftlh", AlertsView.of(input), PagePaths.ALERTS, diagnostics));
        }
        for (String name : facts.alerts().names()) {
            jobs.put(PagePaths.alert(name), (input, diagnostics) -> render("alert.ftlh", AlertView.of(input, name), PagePaths.alert(name), diagnostics));
        }
        for (Entry entry : facts.catalog().entries()) {
            EntryId id = entry.id();
            jobs.put(PagePaths.entry(id), (input, diagnostics) -> entry(input, input.catalog().get(id), diagnostics));
        }
        return jobs;
    }

    /** One record's page. */
    Optional<Page> entry(RenderInput input, Entry entry, Diagnostics diagnostics) {
        return render(entry.id().kind().key() + ".ftlh", entry.accept(new EntryViews(input)), PagePaths.entry(entry.id()), diagnostics);
    }

    private Optional<Page> index(RenderInput input, EntryKind kind, Diagnostics diagnostics) {
        return render("index.ftlh", IndexView.of(input, kind), PagePaths.index(kind), diagnostics);
    }

    private Optional<Page> tagIndex(RenderInput input, TagIndex tags, Diagnostics diagnostics) {
        return render("tags.ftlh", TagsView.of(input, tags), PagePaths.TAGS, diagnostics);
    }

    private Optional<Page> tag(RenderInput input, TagIndex.Tag tag, Diagnostics diagnostics) {
        return render("tag.ftlh", TagView.of(input, tag), PagePaths.tag(tag.slug()), diagnostics);
    }

    /** Services, SPOFs and runbooks as one graph. */
    private Optional<Page> map(RenderInput input, Diagnostics diagnostics) {
        return render("map.ftlh", MapView.of(input), PagePaths.MAP, diagnostics);
    }

    private Optional<Page> spofMatrix(RenderInput input, Diagnostics diagnostics) {
        return render("spof-matrix.ftlh", SpofMatrixView.of(input), PagePaths.SPOF_MATRIX, diagnostics);
    }

    /** Every verification snippet of the handbook and its result. */
    private Optional<Page> verification(RenderInput input, Diagnostics diagnostics) {
        return render("verification.ftlh", VerificationView.of(input), PagePaths.VERIFICATION, diagnostics);
    }

    /** The report of everything flagged, by owner and by kind. */
    private Optional<Page> attention(RenderInput input, Diagnostics diagnostics) {
        return render("attention.ftlh", AttentionView.of(input), PagePaths.ATTENTION, diagnostics);
    }

    private Optional<Page> home(RenderInput input, Diagnostics diagnostics) {
        return render("home.ftlh", HomeView.of(input), PagePaths.HOME, diagnostics);
    }

    /** Every read of the input happened while {@code view} was built: the template only prints the record. */
    private Optional<Page> render(String template, PageView view, String path, Diagnostics diagnostics) {
        // Every PageView is a record (the views are), which is what the engine exposes to templates.
        return templates.render(template, (Record) view, diagnostics).map(html -> Page.html(path, html));
    }

    private static List<String> templates() {
        List<String> names = new ArrayList<>(List.of("layout.ftlh", "macros.ftlh", "home.ftlh", "index.ftlh", "tags.ftlh", "tag.ftlh",
                "map.ftlh", "spof-matrix.ftlh", "verification.ftlh", "attention.ftlh", "404.ftlh", "alert.ftlh", "alerts.ftlh"));
        for (EntryKind kind : EntryKind.values()) {
            names.add(kind.key() + ".ftlh");
        }
        return List.copyOf(names);
    }
}
