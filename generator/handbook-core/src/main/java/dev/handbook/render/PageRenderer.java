package dev.handbook.render;

import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.model.Entry;
import dev.handbook.model.EntryKind;
import dev.handbook.model.PagePaths;
import dev.handbook.render.input.RenderInput;
import dev.handbook.render.input.TagIndex;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The render stage: builds the view record of every page from the {@link RenderInput} and renders it with its template,
 * in parallel. Pages that
 * fail to render are reported and left out.
 */
public final class PageRenderer {

    private final TemplateEngine templates;

    public PageRenderer(TemplateEngine templates) {
        this.templates = templates;
    }

    /** Every page of the site except static assets. */
    public List<Page> renderAll(RenderInput input, Diagnostics diagnostics) {
        List<Supplier<Optional<Page>>> jobs = new ArrayList<>(sitePageJobs(input, SitePages.ALL, diagnostics));
        jobs.addAll(entryJobs(input, input.catalog().entries(), diagnostics));
        return run(jobs);
    }

    /** The selected pages that summarise the whole handbook: home, indexes, SPOF matrix, report, calendar. */
    public List<Page> renderSitePages(RenderInput input, SitePages which, Diagnostics diagnostics) {
        return run(sitePageJobs(input, which, diagnostics));
    }

    /** The pages of the given records. */
    public List<Page> renderEntries(RenderInput input, Collection<Entry> entries, Diagnostics diagnostics) {
        return run(entryJobs(input, entries, diagnostics));
    }

    private List<Supplier<Optional<Page>>> sitePageJobs(RenderInput input, SitePages which, Diagnostics diagnostics) {
        List<Supplier<Optional<Page>>> jobs = new ArrayList<>();
        if (which.home()) {
            jobs.add(() -> home(input, diagnostics));
        }
        if (which.matrix()) {
            jobs.add(() -> spofMatrix(input, diagnostics));
        }
        if (which.map()) {
            jobs.add(() -> map(input, diagnostics));
        }
        if (which.attention()) {
            jobs.add(() -> attention(input, diagnostics));
        }
        if (which.verification()) {
            jobs.add(() -> verification(input, diagnostics));
        }
        if (which.calendar()) {
            jobs.add(() -> Optional.of(new CalendarWriter().write(input.catalog(), input.freshness())));
        }
        for (EntryKind kind : which.indexes()) {
            jobs.add(() -> index(input, kind, diagnostics));
        }
        if (which.tagIndex() || which.allTagPages() || !which.tagPages().isEmpty()) {
            TagIndex tags = TagIndex.of(input.catalog());
            if (which.tagIndex()) {
                jobs.add(() -> tagIndex(input, tags, diagnostics));
            }
            tags.bySlug().values().stream().filter(tag -> which.allTagPages() || which.tagPages().contains(tag.slug()))
                    .forEach(tag -> jobs.add(() -> tag(input, tag, diagnostics)));
        }
        return jobs;
    }

    private List<Supplier<Optional<Page>>> entryJobs(RenderInput input, Collection<Entry> entries, Diagnostics diagnostics) {
        return entries.stream().<Supplier<Optional<Page>>>map(entry -> () -> entry(input, entry, diagnostics)).toList();
    }

    private static List<Page> run(List<Supplier<Optional<Page>>> jobs) {
        return jobs.parallelStream().map(Supplier::get).flatMap(Optional::stream).sorted(Comparator.comparing(Page::path)).toList();
    }

    /** One record's page; also used by incremental rebuilds. */
    public Optional<Page> entry(RenderInput input, Entry entry, Diagnostics diagnostics) {
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
}
