package dev.handbook.render;

import dev.handbook.model.Snippet;
import dev.handbook.verify.SnippetResult;
import dev.handbook.verify.SnippetStatus;
import dev.handbook.render.input.VerificationReads;
import freemarker.template.utility.StringUtil;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The box under a verification snippet: badge, exit code, duration, when it ran, the failed expectation, the output. */
final class VerifyResultHtml {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private VerifyResultHtml() {}

    static String of(Snippet snippet, VerificationReads report) {
        SnippetResult result = report.result(snippet);
        String name = StringUtil.XHTMLEnc(snippet.name());
        if (result == null) {
            return "<div class=\"verify-result off\"><span class=\"badge muted\">not run</span> " + name
                    + " <span class=\"note\">Verification snippet; run <code>handbook build --verify</code> to check it.</span></div>";
        }
        StringBuilder html = new StringBuilder();
        html.append("<div class=\"verify-result ").append(result.status().wire()).append("\">")
                .append("<span class=\"badge ").append(tone(result.status())).append("\">").append(result.status().wire()).append("</span> ")
                .append(name).append(" <span class=\"note\">");
        if (result.status() != SnippetStatus.SKIPPED) {
            if (result.exitCode() >= 0) {
                html.append("exit ").append(result.exitCode()).append(" · ");
            }
            html.append(String.format(Locale.ROOT, "%.2f s", result.durationMillis() / 1000.0)).append(" · ran ")
                    .append(WHEN.format(result.ranAt())).append(result.cached() ? " (cached)" : "");
        }
        html.append("</span>");
        if (!result.message().isEmpty()) {
            html.append("<p class=\"verify-message\">").append(StringUtil.XHTMLEnc(result.message())).append("</p>");
        }
        appendOutput(html, "Output", result.stdout(), result.stdoutCut(), result.status().failed());
        appendOutput(html, "Errors", result.stderr(), result.stderrCut(), result.status().failed());
        return html.append("</div>").toString();
    }

    private static void appendOutput(StringBuilder html, String label, String text, boolean cut, boolean open) {
        if (text.isEmpty()) {
            return;
        }
        html.append("<details").append(open ? " open" : "").append("><summary>").append(label).append("</summary><pre>")
                .append(StringUtil.XHTMLEnc(text)).append("</pre>");
        if (cut) {
            html.append("<p class=\"note\">Output cut at the capture limit.</p>");
        }
        html.append("</details>");
    }

    static String tone(SnippetStatus status) {
        switch (status) {
            case PASS:
                return "good";
            case SKIPPED:
                return "muted";
            default:
                return "bad";
        }
    }
}
