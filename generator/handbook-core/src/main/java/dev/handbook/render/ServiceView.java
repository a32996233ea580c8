package dev.handbook.render;

import dev.handbook.model.EntryKind;
import dev.handbook.model.Formats;
import dev.handbook.model.Service;
import dev.handbook.model.Spof;
import dev.handbook.render.diagram.DependencyGraph;
import dev.handbook.render.diagram.GraphView;
import dev.handbook.render.input.LinkView;
import dev.handbook.render.input.RenderInput;
import java.util.List;
import java.util.Optional;

/**
 * The view {@code service.ftlh} renders. {@code description} is HTML, null when unset; {@code graph} and
 * {@code backups} are null when there is nothing to show; {@code runbooks} are those to follow when it fails (shown first), {@code alerts} the alerts its SPOFs' detection names; targets and strategy are empty when unset.
 */
public record ServiceView(
        SiteView site, String title, String section, RecordView record, String tier, String description, String rtoTarget, String rpoTarget,
        String drStrategy, List<LinkView> dependsOn, GraphView graph, BackupRows.Row backups, List<ExerciseView> exercises,
        List<LinkView> runbooks, List<LinkView> alerts)
        implements PageView {

    public static ServiceView of(RenderInput input, Service service) {
        EntryPage page = EntryPage.of(input, service);
        return new ServiceView(page.site(), page.title(), page.section(), page.record(), service.tier(), page.html().html(service.description()),
                Formats.duration(service.rtoTarget()), Formats.duration(service.rpoTarget()),
                service.drStrategy() == null ? "" : service.drStrategy().wire(), page.links().refs(service.dependsOn()),
                DependencyGraph.ofService(service, input, page.links()).orElse(null), BackupRows.of(service.id(), input, page.links()),
                ExerciseView.all(service.id(), input, page.links()),
                BrokenEntries.runbooksOf(service.id(), input, page.links()), alerts(service, input, page));
    }

    /** The alerts its SPOFs' detection names, each once: how a responder arrives at this service. */
    private static List<LinkView> alerts(Service service, RenderInput input, EntryPage page) {
        AlertLinks links = new AlertLinks(input, page.links());
        return input.graph().referrers(service.id(), EntryKind.SPOF, "service").stream().sorted()
                .map(spof -> input.catalog().find(spof)).flatMap(Optional::stream)
                .filter(Spof.class::isInstance).flatMap(e -> links.named(((Spof) e).detection()).stream())
                .distinct().toList();
    }
}
