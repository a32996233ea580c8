package dev.handbook.convert;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Which files a body links to must not be copied into the site because a browser opening them would run their
 * script with the handbook's origin: pages and scripts always, SVG images when they hold script. Bodies pass the
 * sanitizer; a copied file must not become the way around it.
 */
final class ScriptableFiles {

    /** Types browsers render as documents that can run script, or run as script. */
    private static final Set<String> ACTIVE = Set.of(
            "html", "htm", "xhtml", "xht", "shtml", "mht", "mhtml", "xml", "xsl", "xslt", "js", "mjs", "svgz", "swf");
    private static final Set<String> SCRIPT_ELEMENTS = Set.of("script", "foreignobject", "iframe", "embed", "object", "handler", "listener");
    private static final long SVG_LIMIT = 5L << 20;

    private ScriptableFiles() {}

    /** Why {@code file} must not be published, or empty if it may be. */
    static Optional<String> refusal(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        if (ACTIVE.contains(extension)) {
            return Optional.of("a browser opening a ." + extension + " file would run the script it may hold");
        }
        if (!extension.equals("svg")) {
            return Optional.empty();
        }
        try {
            if (Files.size(file) > SVG_LIMIT) {
                return Optional.of("an SVG image larger than 5 MiB is not checked for script");
            }
            Document svg = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8), "", Parser.xmlParser());
            return svg.getAllElements().stream().anyMatch(ScriptableFiles::runsScript)
                    ? Optional.of("the SVG image holds script (a <script> or <foreignObject>, an on… attribute or a javascript: link)")
                    : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of("the SVG image cannot be read as UTF-8 XML to check it for script");
        }
    }

    private static boolean runsScript(Element element) {
        if (SCRIPT_ELEMENTS.contains(localName(element.normalName()))) {
            return true;
        }
        for (Attribute attribute : element.attributes()) {
            String key = localName(attribute.getKey().toLowerCase(Locale.ROOT));
            String value = attribute.getValue().strip().toLowerCase(Locale.ROOT);
            if (key.startsWith("on") || ((key.equals("href") || key.equals("src") || key.equals("from") || key.equals("to")
                    || key.equals("values")) && HtmlPolicy.scheme(value).matches("javascript|vbscript|data") && !value.startsWith("data:image/png")
                    && !value.startsWith("data:image/jpeg") && !value.startsWith("data:image/gif"))) {
                return true;
            }
        }
        return false;
    }

    /** {@code svg:script} and {@code xlink:href} are {@code script} and {@code href}. */
    private static String localName(String name) {
        return name.substring(name.indexOf(':') + 1);
    }
}
