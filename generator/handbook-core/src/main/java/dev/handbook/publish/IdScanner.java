package dev.handbook.publish;

import java.util.LinkedHashSet;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * Lists the ids (and {@code <a name>} anchors) in a stretch of rendered HTML without building a DOM: it reads start
 * tags and their attributes the way an HTML tokenizer does, and skips text, end tags, comments, scripts and styles.
 * That is several times cheaper than parsing, which matters because the offline handbook needs every page's ids
 * before it can rewrite any page's links.
 */
final class IdScanner {

    private IdScanner() {}

    /** The ids between {@code from} and {@code to} in {@code html}, in document order. */
    static Set<String> ids(String html, int from, int to) {
        Set<String> ids = new LinkedHashSet<>();
        int at = html.indexOf('<', from);
        while (at >= 0 && at < to) {
            if (html.startsWith("<!--", at)) {
                int end = html.indexOf("-->", at + 4);
                at = end < 0 ? to : end + 3;
            } else if (at + 1 < to && Character.isLetter(html.charAt(at + 1))) {
                int name = at + 1;
                int nameEnd = name;
                while (nameEnd < to && html.charAt(nameEnd) > ' ' && html.charAt(nameEnd) != '>' && html.charAt(nameEnd) != '/') {
                    nameEnd++;
                }
                boolean anchor = nameEnd - name == 1 && (html.charAt(name) | 0x20) == 'a';
                at = attributes(html, nameEnd, to, anchor, ids);
                if (isTag(html, name, nameEnd, "script") || isTag(html, name, nameEnd, "style")) {
                    // Raw text: a "<p id=x>" inside is no element.
                    at = closing(html, html.substring(name, nameEnd), at, to);
                }
            } else {
                at++;
            }
            at = html.indexOf('<', at);
        }
        return ids;
    }

    /** Reads the attributes of a start tag from {@code i}, adding ids; returns the index after the tag's {@code >}. */
    private static int attributes(String html, int i, int to, boolean anchor, Set<String> ids) {
        while (i < to) {
            char c = html.charAt(i);
            if (c == '>') {
                return i + 1;
            }
            if (c <= ' ' || c == '/') {
                i++;
                continue;
            }
            int name = i;
            while (i < to && (c = html.charAt(i)) > ' ' && c != '=' && c != '>' && c != '/') {
                i++;
            }
            int nameLength = i - name;
            while (i < to && html.charAt(i) <= ' ') {
                i++;
            }
            if (i >= to || html.charAt(i) != '=') {
                continue; // an attribute without a value
            }
            i++;
            while (i < to && html.charAt(i) <= ' ') {
                i++;
            }
            int start;
            int end;
            if (i < to && (html.charAt(i) == '"' || html.charAt(i) == '\'')) {
                start = i + 1;
                end = html.indexOf(html.charAt(i), start);
                end = end < 0 || end > to ? to : end;
                i = end + 1;
            } else {
                start = i;
                while (i < to && (c = html.charAt(i)) > ' ' && c != '>') {
                    i++;
                }
                end = i;
            }
            boolean id = nameLength == 2 && html.regionMatches(true, name, "id", 0, 2);
            boolean anchorName = anchor && nameLength == 4 && html.regionMatches(true, name, "name", 0, 4);
            if ((id || anchorName) && end > start) {
                String value = html.substring(start, end);
                value = value.indexOf('&') < 0 ? value : Parser.unescapeEntities(value, true);
                if (!value.isBlank()) {
                    ids.add(value);
                }
            }
        }
        return to;
    }

    private static boolean isTag(String html, int name, int nameEnd, String tag) {
        return nameEnd - name == tag.length() && html.regionMatches(true, name, tag, 0, tag.length());
    }

    /** Where {@code </name} next starts, in any case; {@code to} if nowhere before it. */
    private static int closing(String html, String name, int from, int to) {
        for (int at = html.indexOf("</", from); at >= 0 && at < to; at = html.indexOf("</", at + 2)) {
            if (html.regionMatches(true, at + 2, name, 0, name.length())) {
                return at;
            }
        }
        return to;
    }
}
