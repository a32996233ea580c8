package dev.handbook.convert;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * What converted markup may hold on a page: the HTML commonmark and Asciidoctor write for legitimate content (text
 * formatting, lists, tables, admonitions, code with its {@code language-*} class, Mermaid blocks, heading ids and
 * permalinks, footnotes, images, collapsible blocks, task lists) and nothing that can run script: no {@code <script>},
 * {@code <iframe>}, {@code <object>}, {@code <svg>}, forms or event handlers; links only to http(s), mailto, tel and
 * relative addresses; images from relative, http(s) and {@code data:image/} addresses.
 *
 * <p>Immutable once built: only {@link HtmlSanitizer} uses it, and never changes it. Thread-safe.
 */
final class HtmlPolicy extends Safelist {

    static final HtmlPolicy INSTANCE = new HtmlPolicy();

    /** The schemes each address attribute may use, as {@code "tag attribute"}; relative addresses are allowed too. */
    private static final Map<String, List<String>> SCHEMES =
            Map.of(
                    "a href", List.of("http", "https", "mailto", "tel"),
                    "img src", List.of("http", "https", "data"),
                    "blockquote cite", List.of("http", "https"),
                    "q cite", List.of("http", "https"));
    /** jsoup's own check of those schemes: it resolves each address against a base to read its scheme. */
    private static final Safelist SCHEME_CHECK = schemeCheck();
    /**
     * An address without a colon, white space, control characters or backslashes, not starting with {@code //}:
     * relative for any URL parser, so it has no scheme and is allowed without the costly resolving (9% of a large
     * build's time went to it).
     */
    private static final Pattern PLAIN_RELATIVE = Pattern.compile("(?!//)[A-Za-z0-9._~/#?&=%+!$'()*,;@\\[\\]-]*");

    /** The only inline styles Asciidoctor writes: column and table widths, and page breaks ({@code <<<}). */
    private static final Pattern CONVERTER_STYLE = Pattern.compile("(width: \\d+(\\.\\d+)?%;|page-break-after: always;)");

    private HtmlPolicy() {
        addTags("a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "del", "details", "dfn", "div",
                "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "input", "ins", "kbd", "li",
                "mark", "ol", "p", "pre", "q", "s", "samp", "small", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td",
                "tfoot", "th", "thead", "tr", "u", "ul", "var", "wbr");
        addAttributes(":all", "id", "class", "title", "lang", "dir");
        addAttributes("a", "href", "target", "rel", "aria-label");
        addAttributes("img", "src", "alt", "width", "height", "loading");
        addAttributes("ol", "start", "type", "reversed");
        addAttributes("td", "colspan", "rowspan", "align");
        addAttributes("th", "colspan", "rowspan", "align", "scope");
        addAttributes("col", "span", "style");
        addAttributes("colgroup", "span");
        addAttributes("table", "style");
        addAttributes("div", "style");
        addAttributes("code", "data-lang");
        addAttributes("details", "open");
        addAttributes("blockquote", "cite");
        addAttributes("q", "cite");
        addAttributes("input", "type", "checked", "disabled");
        // Task list items are the only inputs converters write: a checkbox nobody can tick.
        addEnforcedAttribute("input", "type", "checkbox");
        addEnforcedAttribute("input", "disabled", "disabled");
        // Records link to each other with relative addresses; HtmlSanitizer gives jsoup a base to resolve them against.
        preserveRelativeLinks(true);
    }

    @Override
    public boolean isSafeAttribute(String tagName, Element element, Attribute attribute) {
        if (!super.isSafeAttribute(tagName, element, attribute)) {
            return false;
        }
        if (SCHEMES.containsKey(tagName + " " + attribute.getKey())
                && !PLAIN_RELATIVE.matcher(attribute.getValue()).matches()
                && !SCHEME_CHECK.isSafeAttribute(tagName, element, attribute)) {
            return false;
        }
        return switch (attribute.getKey()) {
            case "style" -> CONVERTER_STYLE.matcher(attribute.getValue()).matches();
            case "src" -> !scheme(attribute.getValue()).equals("data") || attribute.getValue().strip().toLowerCase(Locale.ROOT).startsWith("data:image/");
            default -> true;
        };
    }

    private static Safelist schemeCheck() {
        Safelist check = new Safelist().preserveRelativeLinks(true);
        SCHEMES.forEach((where, schemes) -> {
            String[] tagAndKey = where.split(" ");
            check.addAttributes(tagAndKey[0], tagAndKey[1]);
            check.addProtocols(tagAndKey[0], tagAndKey[1], schemes.toArray(String[]::new));
        });
        return check;
    }

    /** The scheme of an address, lower case, or "" for a relative one. */
    static String scheme(String url) {
        String value = url.strip();
        int colon = value.indexOf(':');
        return colon > 0 && value.substring(0, colon).matches("[A-Za-z][A-Za-z0-9+.-]*") ? value.substring(0, colon).toLowerCase(Locale.ROOT) : "";
    }
}
