package dev.handbook.preview;

import dev.handbook.BuildOptions;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A handbook whose records try to run script in every way the issue found (each would set {@code window.__pwned}),
 * in AsciiDoc and Markdown, with its offline copy on.
 */
final class ContentPayloads {

    static final String ASCIIDOC = """
            ---
            title: AsciiDoc payloads
            owner: team-red
            ---
            Inline +++<script>window.__pwned = 'adoc-inline'; document.title = 'pwned';</script>+++ passthrough.

            An image pass:[<img src="x" onerror="window.__pwned = 'adoc-img'">] passthrough.

            ++++
            <script>window.__pwned = 'adoc-block';</script>
            <div onmouseover="window.__pwned = 'adoc-div'">block</div>
            ++++

            link:javascript:window.__pwned=1[click-adoc-js] and link:data:text/html,%3Cscript%3Ewindow.__pwned=1%3C/script%3E[click-adoc-data].

            The payloads end here.
            """;

    static final String MARKDOWN = """
            ---
            title: Markdown payloads
            owner: team-red
            ---
            <script>window.__pwned = 'md-script';</script>

            <img src="x" onerror="window.__pwned = 'md-img'">

            [click-md-js](javascript:window.__pwned=1), [click-md-data](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+),
            [click-md-vb](vbscript:msgbox(1)) and an autolink <javascript:window.__pwned=1>.

            The payloads end here.
            """;

    private ContentPayloads() {}

    static BuildOptions write(Path root) {
        PreviewFixture.write(root.resolve("site/handbook.yaml"), "title: Payloads\noffline: true\n");
        PreviewFixture.write(root.resolve("content/runbooks/asciidoc-payloads.adoc"), ASCIIDOC);
        PreviewFixture.write(root.resolve("content/runbooks/markdown-payloads.md"), MARKDOWN);
        return BuildOptions.defaults(root).withAsOf(LocalDate.parse("2026-11-23"));
    }
}
