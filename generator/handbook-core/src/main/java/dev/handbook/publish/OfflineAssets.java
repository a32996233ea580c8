package dev.handbook.publish;

import dev.handbook.model.PagePaths;
import dev.handbook.render.Page;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The stylesheets and scripts of the offline handbook, inlined from the site's assets. Immutable. */
final class OfflineAssets {

    static final String SEARCH_INDEX = "search-index.js";
    static final String LUNR = "assets/vendor/lunr.min.js";
    static final String SITE_SCRIPT = "assets/handbook.js";
    static final String MERMAID = "assets/vendor/mermaid.min.js";
    static final String HIGHLIGHT = "assets/vendor/highlight.min.js";

    private static final String MERMAID_INIT = "mermaid.initialize({startOnLoad:true, theme: "
            + "matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'default'});";
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*(['\"]?)([^'\")]+)\\1\\s*\\)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Page> site;

    OfflineAssets(Map<String, Page> site) {
        this.site = site;
    }

    /** Each stylesheet once, in the order pages first link them, with the files its {@code url()}s name embedded. */
    String css(List<String> stylesheets) {
        StringBuilder css = new StringBuilder();
        for (String path : new LinkedHashSet<>(stylesheets)) {
            Page sheet = site.get(path);
            if (sheet != null) {
                Matcher url = CSS_URL.matcher(sheet.text());
                StringBuilder inlined = new StringBuilder();
                while (url.find()) {
                    Optional<Page> file = OfflineLinks.resolve(path, url.group(2)).map(ref -> site.get(ref.path()));
                    url.appendReplacement(inlined, Matcher.quoteReplacement(
                            file.map(f -> "url(\"" + DataUris.of(f) + "\")").orElse(url.group())));
                }
                css.append("/* ").append(path.replace("*/", "")).append(" */\n").append(url.appendTail(inlined)).append('\n');
            }
        }
        return css.toString().replace("</", "<\\/"); // "\/" is "/" in CSS; "</style" would end the element
    }

    /** Whether the site has everything its search needs: the index, lunr and the site script. */
    boolean hasSearch() {
        return site.containsKey(SEARCH_INDEX) && site.containsKey(LUNR) && site.containsKey(SITE_SCRIPT);
    }

    /** The text of each inline {@code <script>} the file needs, in order, given what its pages hold. */
    List<String> scripts(boolean mermaid, boolean code, OfflineLinks links) {
        List<String> scripts = new ArrayList<>();
        if (hasSearch()) {
            scripts.add(script(site.get(LUNR).text()));
            scripts.add(script(searchIndex(site.get(SEARCH_INDEX).text(), links)));
            scripts.add(script(site.get(SITE_SCRIPT).text()));
        }
        if (site.containsKey(PagePaths.GAME_DAY_SCRIPT)) { // once, for every runbook's game-day mode
            scripts.add(script(site.get(PagePaths.GAME_DAY_SCRIPT).text()));
        }
        if (mermaid && site.containsKey(MERMAID)) {
            scripts.add(script(site.get(MERMAID).text()));
            scripts.add(script(MERMAID_INIT));
        }
        if (code && site.containsKey(HIGHLIGHT)) {
            scripts.add(script(site.get(HIGHLIGHT).text()));
            scripts.add(script("hljs.highlightAll();"));
        }
        return scripts;
    }

    /**
     * The search index with each document's page URL ({@code u}) pointing at its section instead. Its JSON is parsed
     * and written again rather than edited as text, so a title holding {@code "u":} cannot confuse it.
     */
    static String searchIndex(String script, OfflineLinks links) {
        int start = script.indexOf('{');
        int end = script.lastIndexOf('}');
        if (start < 0 || end < start) {
            throw new IllegalStateException(SEARCH_INDEX + " holds no JSON object; expected window.HANDBOOK_SEARCH = {…};");
        }
        try {
            JsonNode index = JSON.readTree(script.substring(start, end + 1));
            for (JsonNode doc : index.path("docs")) {
                if (doc instanceof ObjectNode object && doc.path("u").isTextual()) {
                    String url = doc.get("u").asText();
                    object.put("u", OfflineLinks.resolve("", url).flatMap(links::anchor).orElse(url));
                }
            }
            // "<" only occurs inside JSON strings, where \u003c means the same and cannot close the script.
            String json = JSON.writeValueAsString(index).replace("<", "\\u003c")
                    .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
            return script.substring(0, start) + json + script.substring(end + 1);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(SEARCH_INDEX + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * The text of an inline script. Only {@code </script} is escaped (as {@code <\/script}): escaping every {@code </}
     * would break minified code such as mermaid's {@code replace(/</g, …)}, where {@code <\/} changes the regular
     * expression. Line ends are LF, as the HTML parser leaves them, so the text the browser hashes is this text.
     */
    static String script(String js) {
        String text = js.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(text.length() + 16).append('\n');
        int from = 0; // a scan, not a regular expression: it runs over 3 MB of mermaid, at half the cost
        for (int at = text.indexOf("</"); at >= 0; at = text.indexOf("</", at + 2)) {
            if (text.regionMatches(true, at + 2, "script", 0, "script".length())) {
                out.append(text, from, at + 1).append('\\');
                from = at + 1;
            }
        }
        return out.append(text, from, text.length()).append('\n').toString();
    }

    /** The {@code <script>} elements of {@link #scripts}. */
    static String elements(List<String> scripts) {
        return scripts.stream().map(text -> "<script>" + text + "</script>\n").collect(Collectors.joining());
    }
}
