package dev.handbook.render;

import dev.handbook.model.AlertName;
import dev.handbook.model.EntryKind;
import dev.handbook.model.Runbook;
import dev.handbook.render.input.LinkView;
import dev.handbook.render.input.RenderInput;
import java.util.List;

/**
 * The view {@code runbook.ftlh} renders.
 *
 * @param lastReviewed empty when never reviewed
 * @param whenToUse the "When to use" HTML; null when unset
 * @param content the runbook's text as HTML
 * @param alerts links to the pages of the alerts it answers, titled with the alert's name
 * @param drills where drill records are read from, relative to the repository: the folder its game-day mode names for
 *     the record it makes (the first {@code kind: drill} source, else {@code content/} and the drills folder)
 */
public record RunbookView(
        SiteView site, String title, String section, RecordView record, ReviewView review, String lastReviewed, List<LinkView> spofs,
        List<LinkView> services, String whenToUse, String content, List<LinkView> alerts, String drills) implements PageView {

    public static RunbookView of(RenderInput input, Runbook runbook) {
        EntryPage page = EntryPage.of(input, runbook);
        return new RunbookView(page.site(), page.title(), page.section(), page.record(), ReviewView.of(input.freshness().review(runbook.id())),
                ViewValues.text(runbook.lastReviewed()), page.links().refs(runbook.spofs()),
                page.links().refs(runbook.services()), page.html().html(runbook.whenToUse()), page.html().html(runbook.content()),
                runbook.alerts().stream().map(AlertName::name).distinct().map(new AlertLinks(input, page.links())::to).toList(),
                input.config().sourceFolder(EntryKind.DRILL).orElse("content/" + input.config().folder(EntryKind.DRILL)));
    }
}
