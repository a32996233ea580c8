package dev.handbook.render;

import dev.handbook.model.Adr;
import dev.handbook.render.input.LinkGroup;
import dev.handbook.render.input.LinkView;
import dev.handbook.render.input.PageLinks;
import dev.handbook.render.input.RenderInput;
import java.util.List;

/**
 * The view {@code adr.ftlh} renders.
 *
 * @param number {@code ADR-0007}, or empty when the ADR has no number
 * @param deciders joined with commas; empty when none
 * @param supersedes the decisions this one replaced, from the graph; {@code supersededBy} those that replaced it
 * @param relations each other relation (verb and target), as a labelled group of links
 * @param reviewBy the date to revisit it; empty when unset. {@code review} is null when there is no review status
 */
public record AdrView(
        SiteView site, String title, String section, RecordView record, String number, String status, String statusTone, String date,
        String deciders, List<LinkView> supersedes, List<LinkView> supersededBy, List<LinkGroup> relations, String reviewBy,
        ReviewView review, String content) implements PageView {

    public static AdrView of(RenderInput input, Adr adr) {
        EntryPage page = EntryPage.of(input, adr);
        PageLinks links = page.links();
        return new AdrView(page.site(), page.title(), page.section(), page.record(), adr.number() > 0 ? String.format("ADR-%04d", adr.number()) : "",
                adr.status().wire(), ValueText.INSTANCE.tone(adr.status()), ViewValues.text(adr.date()), String.join(", ", adr.deciders()),
                input.graph().supersedes(adr.id()).stream().map(links::to).toList(),
                input.graph().supersededBy(adr.id()).stream().map(links::to).toList(),
                adr.relations().stream().map(r -> new LinkGroup(r.verb(), links.refs(List.of(r.target())))).toList(),
                ViewValues.text(adr.reviewBy()), ReviewView.of(input.freshness().review(adr.id())), page.html().html(adr.content()));
    }
}
