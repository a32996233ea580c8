package dev.handbook.render;

import dev.handbook.freshness.Flag;
import dev.handbook.render.input.LinkView;
import dev.handbook.render.input.PageLinks;

/**
 * One freshness flag as pages show it: a banner on its record, a line in the home page's and the report's lists.
 *
 * @param state the state in words, e.g. {@code never exercised}
 * @param tone the badge tone of its category
 * @param href the link to the flagged record; {@code kind} that record's kind label
 * @param owner who should act; empty when unknown
 */
public record FlagView(String state, String tone, String href, String title, String kind, String owner, String message) {

    static FlagView of(Flag flag, PageLinks links) {
        LinkView subject = links.to(flag.subject());
        return new FlagView(flag.state().replace('-', ' '), ValueText.INSTANCE.tone(flag.category()), subject.href(), flag.title(),
                subject.kind(), flag.owner() == null ? "" : flag.owner(), flag.message());
    }
}
