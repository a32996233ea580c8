package dev.handbook.render;

import dev.handbook.freshness.ActionItemStatus;
import dev.handbook.model.ActionItem;
import dev.handbook.render.input.LinkView;
import dev.handbook.render.input.PageLinks;
import java.util.List;

/**
 * One action item as pages show it.
 *
 * @param due its due date; empty when it has none
 * @param status the status as written ({@code open}, {@code done}); {@code tone} its badge tone
 */
public record ActionView(String id, String title, String owner, String due, String status, String tone) {

    static ActionView of(ActionItem item) {
        return new ActionView(item.id(), item.title(), item.owner(), ViewValues.text(item.due()), item.status().wire(),
                ValueText.INSTANCE.tone(item.status()));
    }

    static List<ActionView> of(List<ActionItem> items) {
        return items.stream().map(ActionView::of).toList();
    }

    /** An open action item on the home page: the item, whether it is late, and the record it came from. */
    public record Open(ActionView item, boolean overdue, LinkView source) {

        static Open of(ActionItemStatus status, PageLinks links) {
            return new Open(ActionView.of(status.item()), status.overdue(), links.to(status.source()));
        }
    }
}
