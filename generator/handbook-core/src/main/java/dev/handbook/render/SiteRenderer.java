package dev.handbook.render;

import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.render.input.BuildFacts;
import dev.handbook.render.input.RenderInput;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The render stage: makes every page of the site from the build's facts, in parallel, reusing each page of
 * {@code previous} whose recorded reads all get the same answers now. A full build is a rebuild from
 * {@link RenderedSite#NONE}, so both take this one path; nothing lists which pages a change affects.
 */
public final class SiteRenderer {

    private final PageRenderer pages;

    public SiteRenderer(TemplateEngine templates) {
        this.pages = new PageRenderer(templates);
    }

    /** Every page of the site, each rendered anew or reused; their diagnostics, old and new, go to {@code diagnostics}. */
    public RenderedSite render(BuildFacts facts, RenderedSite previous, Diagnostics diagnostics) {
        Map<String, PageRenderer.PageJob> plan = pages.plan(facts);
        Map<String, Outcome> outcomes = plan.entrySet().parallelStream()
                .collect(Collectors.toConcurrentMap(Map.Entry::getKey, job -> make(job.getKey(), job.getValue(), facts, previous)));
        SortedSet<String> rendered = new TreeSet<>();
        Map<String, RenderedPage> byPath = new HashMap<>();
        for (Outcome outcome : outcomes.values()) {
            if (outcome.fresh()) {
                rendered.add(outcome.page().path());
            }
            byPath.put(outcome.page().path(), outcome.page());
            outcome.page().diagnostics().forEach(diagnostics::report);
        }
        return new RenderedSite(byPath, rendered, Optional.of(facts));
    }

    private static Outcome make(String path, PageRenderer.PageJob job, BuildFacts facts, RenderedSite previous) {
        Optional<RenderedPage> before = previous.page(path).filter(p -> p.reads().alike(facts));
        if (before.isPresent()) {
            return new Outcome(before.get(), false);
        }
        RenderInput input = new RenderInput(facts);
        Diagnostics reported = new Diagnostics();
        Optional<Page> page = job.render(input, reported);
        return new Outcome(new RenderedPage(path, page, input.reads(), reported.sorted()), true);
    }

    private record Outcome(RenderedPage page, boolean fresh) {}
}
