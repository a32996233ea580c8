package dev.handbook.render;

import dev.handbook.model.ActionItem;

/** An action item with a link to the record it came from, for lists across records. */
public record ActionItemView(ActionItem item, LinkView source) {}
