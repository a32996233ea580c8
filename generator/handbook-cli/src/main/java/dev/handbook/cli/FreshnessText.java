package dev.handbook.cli;

import dev.handbook.freshness.Flag;
import dev.handbook.model.FlagCategory;
import dev.handbook.freshness.FreshnessReport;
import dev.handbook.policy.FrontEnd;
import dev.handbook.policy.ReportLines;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Help.Ansi;

/** The freshness report for a terminal: a summary line, then every flag grouped by owner, with the file to edit. */
final class FreshnessText {

    private final Ansi ansi;

    FreshnessText(Ansi ansi) {
        this.ansi = ansi;
    }

    void print(FreshnessReport report, Set<FlagCategory> failOn, PrintWriter out) {
        out.println(new ReportLines(FrontEnd.CLI, new TerminalEmphasis(ansi)).freshness(report));
        for (Map.Entry<String, List<Flag>> owner : report.byOwner().entrySet()) {
            out.println();
            out.println(bold(TerminalText.clean(owner.getKey())) + " (" + owner.getValue().size() + ")");
            for (Flag flag : owner.getValue()) {
                String state = String.format("%-16s", flag.state().replace('-', ' '));
                String color = flag.category() == FlagCategory.DUE_SOON ? "yellow" : "red";
                out.println("  " + ansi.string("@|" + color + " " + state + "|@") + String.format("%-11s", flag.subject().kind().key())
                        + TerminalText.clean(flag.title()) + (flag.failsUnder(failOn) ? "  [fails: --fail-on " + flag.category().wire() + "]" : ""));
                out.println("  " + " ".repeat(27) + TerminalText.clean(flag.message()));
                out.println("  " + " ".repeat(27) + TerminalText.clean(flag.sourcePath()));
            }
        }
        out.flush();
    }

    /** Bold without picocli markup, which text from content could otherwise inject. */
    private String bold(String text) {
        return ansi.enabled() ? "\u001B[1m" + text + "\u001B[22m" : text;
    }
}
