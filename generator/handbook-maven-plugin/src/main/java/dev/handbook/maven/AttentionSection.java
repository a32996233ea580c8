package dev.handbook.maven;

import dev.handbook.freshness.Flag;
import dev.handbook.model.PagePaths;
import java.util.List;
import org.apache.maven.doxia.sink.Sink;

/**
 * The part of the Maven report page that says what needs attention: every freshness flag of the build, one row each,
 * linking to its record's page in the handbook, so the project's site shows the chase list and not only a link.
 */
final class AttentionSection {

    private AttentionSection() {}

    /** @param handbook the handbook's folder relative to the report page, e.g. {@code handbook/} */
    static void write(Sink sink, List<Flag> flags, String handbook) {
        sink.section2();
        sink.sectionTitle2();
        sink.text(flags.isEmpty() ? "Nothing needs attention" : "Needs attention (" + flags.size() + ")");
        sink.sectionTitle2_();
        if (flags.isEmpty()) {
            sink.paragraph();
            sink.text("No runbook or decision is past its review date, no drill or experiment is overdue, no action item is late.");
            sink.paragraph_();
        } else {
            sink.table();
            sink.tableRows();
            sink.tableRow();
            for (String heading : List.of("What", "Record", "Owner", "Due", "Details")) {
                sink.tableHeaderCell();
                sink.text(heading);
                sink.tableHeaderCell_();
            }
            sink.tableRow_();
            flags.forEach(flag -> row(sink, flag, handbook));
            sink.tableRows_();
            sink.table_();
        }
        sink.section2_();
    }

    private static void row(Sink sink, Flag flag, String handbook) {
        sink.tableRow();
        cell(sink, flag.category().wire().replace("-", " "));
        sink.tableCell();
        sink.link(handbook + PagePaths.entry(flag.subject()));
        sink.text(flag.title());
        sink.link_();
        sink.tableCell_();
        cell(sink, flag.owner());
        cell(sink, flag.due() == null ? "" : flag.due().toString());
        cell(sink, flag.sourcePath() + ": " + flag.message());
        sink.tableRow_();
    }

    private static void cell(Sink sink, String text) {
        sink.tableCell();
        sink.text(text);
        sink.tableCell_();
    }
}
