package dev.handbook.cli;

/**
 * An ADR as the links of another name it.
 *
 * @param id its id, which front matter links by
 * @param fileName its file name, which adr-tools links to
 * @param heading its title line without the {@code # } (as adr-tools' {@code _adr_title} takes it: {@code 3. Use Patroni})
 */
record AdrRef(String id, String fileName, String heading) {

    /** The link adr-tools writes: {@code [3. Use Patroni](0003-use-patroni.md)}. */
    String markdownLink() {
        return "[" + heading + "](" + fileName + ")";
    }
}
