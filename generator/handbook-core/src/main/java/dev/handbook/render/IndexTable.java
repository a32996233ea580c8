package dev.handbook.render;

import java.util.List;

/** A table of records with their key fields: an index page, or a panel on the home page. */
public record IndexTable(List<String> columns, List<List<Cell>> rows) {

    /**
     * One cell.
     *
     * @param href a link, or empty
     * @param tone a CSS badge modifier ({@code good}, {@code warn}, {@code bad}, {@code muted}), or empty for plain text
     */
    public record Cell(String text, String href, String tone) {
        public static Cell plain(String text) {
            return new Cell(text == null ? "" : text, "", "");
        }

        public static Cell link(String text, String href) {
            return new Cell(text, href, "");
        }

        public static Cell badge(String text, String tone) {
            return new Cell(text == null ? "" : text, "", tone);
        }
    }

    public IndexTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
