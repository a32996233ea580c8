package dev.handbook.bench;

import java.util.List;

/** A block of a record body, rendered to handbook Markdown, handbook AsciiDoc or Hugo Markdown by {@link Render}. */
sealed interface Block {

    record Heading(String text) implements Block {}

    record Para(String inline) implements Block {}

    record Bullets(List<String> items) implements Block {}

    /** A numbered list; a step may carry a shell snippet. */
    record Steps(List<Step> steps) implements Block {}

    record Step(String inline, List<String> code) {}

    /** A GFM table; cells never contain {@code |}. */
    record Table(List<String> header, List<List<String>> rows) implements Block {}

    /** A fenced {@code sh} block. */
    record Code(List<String> lines) implements Block {}
}
