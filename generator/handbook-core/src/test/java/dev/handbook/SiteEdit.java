package dev.handbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * One change a person makes to a handbook on disk, as the preview sees it: the files it touched. Edits choose their
 * file by index among the files there are when they apply, so any sequence of edits applies to any handbook.
 */
sealed interface SiteEdit {

    List<String> WORDS = List.of("alpha", "bravo", "charlie", "delta", "echo", "foxtrot");

    /** Makes the change under {@code root}; returns the paths it created, changed or deleted, relative to it. */
    List<String> apply(Path root) throws IOException;

    /** A new paragraph at the end of a Markdown record's body. */
    record EditBody(int file, int word) implements SiteEdit {
        public List<String> apply(Path root) throws IOException {
            String path = pick(root, file, ".md", ".adoc");
            append(root, path, "\nA note about " + WORDS.get(word) + ".\n");
            return List.of(path);
        }
    }

    /** A new title, which every page that links to the record shows. */
    record Retitle(int file, int word) implements SiteEdit {
        public List<String> apply(Path root) throws IOException {
            String path = pick(root, file, ".md", ".yaml");
            replaceLine(root, path, "title:", "title: " + capitalised(WORDS.get(word)) + " " + stem(path));
            return List.of(path);
        }
    }

    /** Different tags, which moves the record between tag pages. */
    record Retag(int file, int first, int second) implements SiteEdit {
        public List<String> apply(Path root) throws IOException {
            String path = pick(root, file, ".md", ".yaml");
            String tags = "tags: [" + WORDS.get(first) + ", " + WORDS.get(second) + "]";
            if (!replaceLine(root, path, "tags:", tags)) {
                replaceLine(root, path, "title:", lineStarting(root, path, "title:") + "\n" + tags);
            }
            return List.of(path);
        }
    }

    /** A new runbook for the database SPOF that links to an existing runbook. */
    record AddRunbook(int number, int linkTo) implements SiteEdit {
        public List<String> apply(Path root) throws IOException {
            String target = stem(pick(root, linkTo, ".md", ".adoc"));
            String path = "content/runbooks/added-" + number + ".md";
            write(root, path, "---\ntitle: Added runbook " + number + "\nowner: team-data\nlast_reviewed: 2026-02-0" + (1 + number % 9)
                    + "\nspofs: [db-primary]\n---\n1. Read [[" + target + "]] first.\n");
            return List.of(path);
        }
    }

    /** Removes an added runbook, or else the chosen record while eight are left. */
    record Delete(int file) implements SiteEdit {
        public List<String> apply(Path root) throws IOException {
            List<String> added = files(root, "added-");
            if (added.isEmpty() && files(root, "").size() <= 8) {
                return List.of();
            }
            String path = added.isEmpty() ? pick(root, file, ".md", ".yaml") : added.get(file % added.size());
            Files.delete(root.resolve(path));
            return List.of(path);
        }
    }

    /** Moves a record to another file name, so its id changes and links to the old id break. */
    record Rename(int file, int number) implements SiteEdit {
        public List<String> apply(Path root) throws IOException {
            String from = pick(root, file, ".md", ".yaml");
            String to = from.replace(stem(from) + ".", "renamed-" + number + ".");
            if (from.equals(to) || Files.exists(root.resolve(to))) {
                return List.of();
            }
            Files.move(root.resolve(from), root.resolve(to));
            return List.of(from, to);
        }
    }

    /** Misspells the SPOF a runbook names (an error), or spells it right again. */
    record ToggleReference() implements SiteEdit {
        public List<String> apply(Path root) throws IOException {
            String path = "content/runbooks/db-failover.md";
            if (!Files.exists(root.resolve(path))) {
                return List.of();
            }
            String text = Files.readString(root.resolve(path));
            String toggled = text.contains("[db-primry]") ? text.replace("[db-primry]", "[db-primary]") : text.replace("[db-primary]", "[db-primry]");
            Files.writeString(root.resolve(path), toggled);
            return List.of(path);
        }
    }

    /** Moves the drill to another day, which changes the freshness of what it exercised. */
    record RedateDrill(int day) implements SiteEdit {
        public List<String> apply(Path root) throws IOException {
            String path = "content/drills/2026-02-01-failover-drill.yaml";
            if (!Files.exists(root.resolve(path))) {
                return List.of();
            }
            replaceLine(root, path, "date:", "date: 2025-" + String.format("%02d", 1 + day % 12) + "-15");
            return List.of(path);
        }
    }

    /** A new site title in site/handbook.yaml, which every page shows. */
    record RetitleSite(int word) implements SiteEdit {
        public List<String> apply(Path root) throws IOException {
            replaceLine(root, "site/handbook.yaml", "title:", "title: Handbook " + WORDS.get(word));
            return List.of("site/handbook.yaml");
        }
    }

    private static String pick(Path root, int index, String... extensions) throws IOException {
        List<String> candidates = files(root, "").stream().filter(p -> Stream.of(extensions).anyMatch(p::endsWith)).toList();
        return candidates.get(index % candidates.size());
    }

    /** The record files under content/ whose name starts with {@code prefix}, sorted. */
    private static List<String> files(Path root, String prefix) throws IOException {
        try (Stream<Path> walk = Files.walk(root.resolve("content"))) {
            return walk.filter(Files::isRegularFile).filter(p -> !p.toString().contains("fixtures"))
                    .filter(p -> p.getFileName().toString().startsWith(prefix))
                    .map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    private static String stem(String path) {
        String name = Path.of(path).getFileName().toString();
        return name.substring(0, name.indexOf('.'));
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static void write(Path root, String path, String text) throws IOException {
        Files.createDirectories(root.resolve(path).getParent());
        Files.writeString(root.resolve(path), text);
    }

    private static void append(Path root, String path, String text) throws IOException {
        Files.writeString(root.resolve(path), Files.readString(root.resolve(path)) + text);
    }

    private static String lineStarting(Path root, String path, String start) throws IOException {
        return Files.readAllLines(root.resolve(path)).stream().filter(l -> l.startsWith(start)).findFirst().orElse("");
    }

    /** Replaces the first line starting with {@code start}; false if there is none. */
    private static boolean replaceLine(Path root, String path, String start, String line) throws IOException {
        List<String> lines = Files.readAllLines(root.resolve(path));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                lines.set(i, line);
                Files.writeString(root.resolve(path), String.join("\n", lines) + "\n");
                return true;
            }
        }
        return false;
    }
}
