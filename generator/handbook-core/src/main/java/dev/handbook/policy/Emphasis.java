package dev.handbook.policy;

import dev.handbook.diagnostics.Severity;

/**
 * How a front end shows the parts of a report line: a terminal colours the severity word and strips control
 * characters from text that comes from content; a log or an HTML overlay shows both as they are.
 */
public interface Emphasis {

    /** Shows nothing specially. */
    Emphasis PLAIN = new Emphasis() {
        @Override
        public String mark(Severity severity, String word) {
            return word;
        }

        @Override
        public String text(String content) {
            return content;
        }
    };

    /** A severity or status word ({@code error}, {@code warning}, {@code fail}) at the given severity. */
    String mark(Severity severity, String word);

    /** Text that comes from the content or the file system, which could hold anything. */
    String text(String content);
}
