package dev.handbook.render.input;

import java.util.List;

/** Links of one kind, under a heading such as "Drills and game days". */
public record LinkGroup(String label, List<LinkView> links) {

    public LinkGroup {
        links = List.copyOf(links);
    }
}
