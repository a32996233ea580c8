package dev.handbook.convert;

import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.SourcePosition;
import dev.handbook.model.Entry;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rewrites links to files written the way other tools' Markdown links them, relative to the linking file
 * ({@code 0009-help-scripts.md}, {@code ../runbooks/x.md#step-3}, {@code img/flow.png}): a record's file becomes its
 * page (anchor kept), another file of the repository is copied into the site and linked there, and a missing file is a
 * warning. Addresses with a scheme, site-absolute paths and bare anchors are left alone.
 */
final class RelativeLinks {

    private final String folder;
    private final LinkTargets targets;
    private final Diagnostics diagnostics;
    final List<Link> links = new ArrayList<>();
    final List<String> files = new ArrayList<>();
    boolean readsDisk;

    /** @param linkingFile the display path of the file the links are written in */
    RelativeLinks(String linkingFile, LinkTargets targets, Diagnostics diagnostics) {
        Path parent = Path.of(linkingFile).getParent();
        this.folder = parent == null ? "" : parent.toString();
        this.targets = targets;
        this.diagnostics = diagnostics;
    }

    /** The address to write instead of {@code destination}, or empty to leave it as it is. */
    Optional<String> rewrite(String destination, SourcePosition where) {
        if (!isRelativePath(destination)) {
            return Optional.empty();
        }
        readsDisk = true;
        int cut = firstOf(destination, '#', '?');
        String anchor = destination.indexOf('#') >= 0 ? destination.substring(destination.indexOf('#')) : "";
        String path = Path.of(folder).resolve(URLDecoder.decode(destination.substring(0, cut).replace("+", "%2B"), StandardCharsets.UTF_8))
                .normalize().toString().replace('\\', '/');
        Optional<Entry> record = targets.recordAt(path);
        if (record.isPresent()) {
            links.add(new Link(record.get().id().name(), record.get().id().kind(), where));
            return Optional.of(targets.href(record.get()) + anchor);
        }
        Optional<String> file = targets.publishable(path);
        Optional<String> refusal = file.flatMap(f -> targets.refusal(path));
        if (refusal.isPresent()) {
            diagnostics.warning("link.scriptable", where, "The file " + path + " is not copied into the site: " + refusal.get() + ".",
                    "Link a PDF or a plain image instead, or remove the script from the file.");
            return Optional.empty();
        }
        if (file.isPresent()) {
            files.add(file.get());
            return Optional.of(encode(LinkTargets.fileHref(file.get())) + anchor);
        }
        if (targets.missing(path)) {
            diagnostics.warning("link.missing", where, "This links to " + path + ", which does not exist; the link will lead nowhere.",
                    "Correct the path (it is relative to the folder of this file), or link the record by its id: [[id]].");
        } else if (targets.isFile(path)) {
            diagnostics.warning("link.unpublished", where, "The file " + path + " is not copied into the site: it is hidden (a name"
                    + " starting with `.`) or outside the repository.", "Move what readers need into a visible file of the repository.");
        }
        return Optional.empty();
    }

    /**
     * A path relative to the linking file: no scheme ({@code https:}, {@code mailto:}), not {@code /x} nor {@code #x}, and
     * not a page of the site ({@code ../runbooks/x.html}), which native records may link to.
     */
    private static boolean isRelativePath(String destination) {
        if (destination.isEmpty() || destination.startsWith("#") || destination.startsWith("/") || destination.startsWith("\\")
                || destination.matches("[^#?]*\\.html?([#?].*)?")) {
            return false;
        }
        int colon = destination.indexOf(':');
        return colon < 0 || colon > firstOf(destination, '/', '#');
    }

    private static int firstOf(String text, char a, char b) {
        int i = text.indexOf(a);
        int j = text.indexOf(b);
        return i < 0 ? (j < 0 ? text.length() : j) : (j < 0 ? i : Math.min(i, j));
    }

    private static String encode(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            return path; // cannot happen for a path with no scheme; the link then shows the path as written
        }
    }
}
