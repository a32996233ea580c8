package dev.handbook.preview;

import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.policy.Emphasis;
import dev.handbook.policy.FrontEnd;
import dev.handbook.policy.ReportLines;
import freemarker.template.utility.StringUtil;
import java.util.List;

/**
 * What the preview adds to HTML pages, before {@code </body>}: the reload script and, while the newest build has
 * errors, an overlay listing them. Never part of {@code build} output.
 */
final class PreviewPage {

    static final String EVENTS_PATH = "/_handbook/events";
    /** The reload script is a file, not inline: pages' Content-Security-Policy runs only the site's own scripts. */
    static final String SCRIPT_PATH = "/_handbook/reload.js";
    /**
     * Reloads when the server's build version moves past the one this page was served at, keeping the scroll; a
     * stream refused with an error status is tried again later.
     */
    static final String RELOAD_JS = "(function(){var k='handbook-scroll',y=sessionStorage.getItem(k);"
            + "var v=document.currentScript.getAttribute('data-version');"
            + "if(y!==null){sessionStorage.removeItem(k);window.addEventListener('load',function(){window.scrollTo(0,+y);});}"
            + "function listen(){var es=new EventSource('" + EVENTS_PATH + "?v='+encodeURIComponent(v));"
            + "es.onmessage=function(e){if(e.data==='reload'){es.close();sessionStorage.setItem(k,String(window.scrollY));location.reload();}};"
            // EventSource retries a dropped connection by itself, but gives up on an error status (503: too many open).
            + "es.onerror=function(){if(es.readyState===2){setTimeout(listen," + ReloadStreams.RETRY_SECONDS * 1000 + ");}};}"
            + "listen();})();\n";

    /** The overlay words problems as the terminal and the Maven log do. */
    private static final ReportLines LINES = new ReportLines(FrontEnd.CLI, Emphasis.PLAIN);

    private PreviewPage() {}

    static String inject(String html, long version, List<Diagnostic> problems) {
        return inject(html, version, problems, null);
    }

    /** @param writeToken the token a game-day record is saved with ({@code --allow-write}); null when the preview writes nothing */
    static String inject(String html, long version, List<Diagnostic> problems, String writeToken) {
        String extra = overlay(problems) + script(version)
                + (writeToken == null ? "" : "<meta name=\"handbook-write-token\" content=\"" + writeToken + "\">\n");
        int body = html.lastIndexOf("</body>");
        return body < 0 ? html + extra : html.substring(0, body) + extra + html.substring(body);
    }

    static String script(long version) {
        return "<script src=\"" + SCRIPT_PATH + "\" data-version=\"" + version + "\"></script>\n";
    }

    static String overlay(List<Diagnostic> problems) {
        if (problems.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<div id=\"handbook-overlay\" role=\"alert\" style=\"position:fixed;left:1rem;right:1rem;"
                + "bottom:1rem;max-height:60vh;overflow:auto;z-index:2147483647;background:#2b0a0e;color:#ffe1de;"
                + "font:14px/1.5 ui-monospace,Menlo,Consolas,monospace;padding:1rem 1.25rem;border-radius:8px;"
                + "box-shadow:0 4px 24px rgba(0,0,0,.45)\"><strong>handbook: the last change has ")
                .append(ReportLines.count(problems.size(), "error"))
                .append("; this is the last good version of the site.</strong><ul style=\"margin:.5rem 0 0;padding-left:1.2rem\">");
        for (Diagnostic problem : problems) {
            html.append("<li>").append(StringUtil.XHTMLEnc(LINES.diagnostic(problem))).append("</li>");
        }
        return html.append("</ul></div>\n").toString();
    }
}
