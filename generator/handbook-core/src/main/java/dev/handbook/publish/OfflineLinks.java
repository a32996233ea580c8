package dev.handbook.publish;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a link of the site goes in the offline handbook: to a page's section, or to an element inside it. Immutable.
 */
final class OfflineLinks {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    /** A relative reference resolved against its page: a path from the site root and a fragment ("" if none). */
    record Ref(String path, String fragment) {}

    private final SectionIds sections;
    private final Map<String, Set<String>> idsByPath;

    /** @param idsByPath the original ids on each included page, to tell a known fragment from a stale one */
    OfflineLinks(SectionIds sections, Map<String, Set<String>> idsByPath) {
        this.sections = sections;
        this.idsByPath = Map.copyOf(idsByPath);
    }

    /** Whether {@code href} leaves the site: it has a scheme ({@code https:}, {@code mailto:}, {@code data:}) or a host. */
    static boolean external(String href) {
        String ref = href.strip();
        return ref.startsWith("//") || SCHEME.matcher(ref).find();
    }

    /**
     * Resolves a relative {@code href} on the page at {@code fromPage}; empty if it is external, malformed or leads
     * out of the site. A folder stands for its {@code index.html}, as on a web server.
     */
    static Optional<Ref> resolve(String fromPage, String href) {
        String ref = href.strip();
        if (external(ref)) {
            return Optional.empty();
        }
        int hash = ref.indexOf('#');
        String fragment = hash < 0 ? "" : decode(ref.substring(hash + 1));
        String target = (hash < 0 ? ref : ref.substring(0, hash)).replaceFirst("\\?.*", "");
        if (target.isEmpty()) {
            return Optional.of(new Ref(fromPage, fragment));
        }
        String path;
        try {
            // A leading slash makes a link that climbs above the root keep its "..", so it can be refused.
            URI base = new URI(null, null, "/" + fromPage, null);
            path = base.resolve(new URI(target)).normalize().getPath();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
        if (path == null || !path.startsWith("/") || path.startsWith("/../")) {
            return Optional.empty();
        }
        path = path.substring(1);
        return Optional.of(new Ref(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path, fragment));
    }

    /** {@code #section} or {@code #section--element} if {@code ref} is a page of the offline handbook. */
    Optional<String> anchor(Ref ref) {
        return sections.of(ref.path()).map(section -> "#" + (idsByPath.getOrDefault(ref.path(), Set.of()).contains(ref.fragment())
                ? SectionIds.inner(section, ref.fragment())
                : section)); // no fragment, or one the page lacks: the top of the page is the best we can do
    }

    private static String decode(String fragment) {
        try {
            return URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return fragment; // a stray '%': browsers match it as written
        }
    }
}
