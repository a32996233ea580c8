package dev.handbook.cli;

import dev.handbook.diagnostics.Severity;
import dev.handbook.policy.Emphasis;
import picocli.CommandLine.Help.Ansi;

/** Report lines on a terminal: severity words in colour (only on a terminal), content text without control characters. */
record TerminalEmphasis(Ansi ansi) implements Emphasis {

    @Override
    public String mark(Severity severity, String word) {
        return ansi.string((severity == Severity.ERROR ? "@|bold,red " : "@|bold,yellow ") + word + "|@");
    }

    @Override
    public String text(String content) {
        return TerminalText.clean(content);
    }
}
