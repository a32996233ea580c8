package dev.handbook.model;

/**
 * Where each page lives in the output, and relative links between pages. Every link in the site is relative, so it
 * works from file:// and from any sub-path.
 */
public final class PagePaths {

    public static final String HOME = "index.html";
    public static final String SPOF_MATRIX = "spof-matrix.html";
    public static final String STYLESHEET = "assets/handbook.css";
    public static final String ATTENTION = "attention.html";
    public static final String VERIFICATION = "verification.html";
    public static final String MAP = "map.html";
    /** The page web servers show for an address with no page (GitHub Pages, Netlify and most others look for it here). */
    public static final String NOT_FOUND = "404.html";
    public static final String TAGS = "tags/index.html";
    public static final String SCRIPT = "assets/handbook.js";
    /** The runbook pages' game-day mode. */
    public static final String GAME_DAY_SCRIPT = "assets/gameday.js";
    public static final String HIGHLIGHT = "assets/vendor/highlight.min.js";
    public static final String MERMAID = "assets/vendor/mermaid.min.js";
    /** The due dates as an iCalendar file. */
    public static final String CALENDAR = "schedule.ics";
    /** The whole handbook in one file, when the site asks for it. */
    public static final String OFFLINE = "handbook-offline.html";

    private PagePaths() {}

    public static String entry(EntryId id) {
        return id.kind().defaultFolder() + "/" + id.name() + ".html";
    }

    /** Every alert with its runbooks. */
    public static final String ALERTS = "alerts/index.html";

    /**
     * An alert's page, by its name as written (case kept), so a rule's {@code runbook_url} can be
     * {@code https://…/alerts/{{ $labels.alertname }}.html}.
     */
    public static String alert(String name) {
        return "alerts/" + name + ".html";
    }

    /** A tag's page; {@code slug} comes from {@code TagIndex.slug}. */
    public static String tag(String slug) {
        return "tags/" + slug + ".html";
    }

    /** Where a file that a record's body links to (an image, a PDF) is copied, by its path inside the repository. */
    public static String file(String repositoryPath) {
        return "files/" + repositoryPath;
    }

    public static String index(EntryKind kind) {
        return kind.defaultFolder() + "/index.html";
    }

    /** The prefix that leads from {@code fromPage} back to the site root: {@code ""} or {@code "../"} and so on. */
    public static String root(String fromPage) {
        int depth = (int) fromPage.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }

    /** A link from one page to another. */
    public static String relative(String fromPage, String toPage) {
        return root(fromPage) + toPage;
    }
}
