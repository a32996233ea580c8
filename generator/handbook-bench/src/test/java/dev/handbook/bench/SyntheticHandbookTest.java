package dev.handbook.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.model.EntryKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticHandbookTest {

    private static final Pattern WIKI = Pattern.compile("\\[\\[([a-z0-9][a-z0-9._-]*)(?:\\|([^\\]]+))?\\]\\]");
    private static final Pattern TYPED = Pattern.compile("\\[([^\\]]*)\\]\\(([a-z]+):([a-z0-9][a-z0-9._-]*)\\)");
    private static final Pattern XREF = Pattern.compile("xref:([a-z0-9][a-z0-9._-]*)\\[([^\\]]*)\\]");
    private static final Pattern ANGLE = Pattern.compile("<<([a-z0-9][a-z0-9._-]*)(?:,([^>]*))?>>");
    private static final Pattern HUGO_LINK = Pattern.compile("\\]\\(/([a-z]+)/([a-z0-9][a-z0-9._-]*)/\\)");
    private static final Pattern SINGLE_REF = Pattern.compile("^(runbook|service): (\\S+)$");
    private static final Pattern LIST_REF =
            Pattern.compile("^(spofs|services|runbooks|targets|adrs|depends_on|supersedes): \\[(.*)\\]$");
    private static final Map<String, Set<String>> REF_KINDS =
            Map.of(
                    "runbook", Set.of("runbooks"),
                    "runbooks", Set.of("runbooks"),
                    "service", Set.of("services"),
                    "services", Set.of("services"),
                    "depends_on", Set.of("services"),
                    "spofs", Set.of("spofs"),
                    "targets", Set.of("spofs", "services"),
                    "adrs", Set.of("adrs"),
                    "supersedes", Set.of("adrs"));

    @TempDir static Path shared;
    private static Path handbook1000;
    private static Path hugo1000;

    @BeforeAll
    static void generate1000() throws IOException {
        handbook1000 = shared.resolve("hb");
        hugo1000 = shared.resolve("hugo");
        SyntheticHandbook.generate(new SyntheticHandbook.Options(1000, 42, handbook1000, hugo1000, 0));
    }

    @Test
    void sameSeedGivesAnIdenticalTree(@TempDir Path tmp) throws IOException {
        SyntheticHandbook.generate(new SyntheticHandbook.Options(300, 7, tmp.resolve("a"), tmp.resolve("a-hugo"), 10));
        SyntheticHandbook.generate(new SyntheticHandbook.Options(300, 7, tmp.resolve("b"), tmp.resolve("b-hugo"), 10));
        SyntheticHandbook.generate(new SyntheticHandbook.Options(300, 8, tmp.resolve("c"), null, 10));

        Map<String, String> a = tree(tmp.resolve("a"));
        assertThat(a).hasSizeGreaterThan(300);
        assertThat(tree(tmp.resolve("b"))).isEqualTo(a);
        assertThat(tree(tmp.resolve("b-hugo"))).isEqualTo(tree(tmp.resolve("a-hugo")));
        assertThat(tree(tmp.resolve("c"))).isNotEqualTo(a);
    }

    @Test
    void regeneratingIntoTheSameFolderReplacesTheOldRun(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("out");
        SyntheticHandbook.generate(new SyntheticHandbook.Options(400, 1, out, null, 0));
        SyntheticHandbook.generate(new SyntheticHandbook.Options(50, 1, out, null, 0));
        assertThat(contentFiles(out)).hasSize(50);
    }

    @Test
    void refusesToClearAFolderItDidNotWrite(@TempDir Path tmp) throws IOException {
        Files.createDirectories(tmp.resolve("content/runbooks"));
        Files.writeString(tmp.resolve("content/runbooks/mine.md"), "precious");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = SyntheticHandbook.run(new String[] {"--records", "20", "--seed", "1", "--out", tmp.toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("was not written by this generator");
        assertThat(tmp.resolve("content/runbooks/mine.md")).hasContent("precious");
    }

    @Test
    void countsFollowTheMix() throws IOException {
        Map<String, Integer> perFolder = new TreeMap<>();
        for (Path file : contentFiles(handbook1000)) {
            perFolder.merge(folder(handbook1000, file), 1, Integer::sum);
        }
        assertThat(perFolder)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "runbooks", 600, "adrs", 200, "postmortems", 100,
                        "spofs", 20, "drills", 20, "chaos", 20, "services", 20, "backups", 20));
        try (Stream<Path> runbooks = Files.list(handbook1000.resolve("content/runbooks"))) {
            assertThat(runbooks).allMatch(p -> p.toString().endsWith(".md"), "all runbooks are Markdown by default");
        }
        try (Stream<Path> adrs = Files.list(handbook1000.resolve("content/adrs"))) {
            List<String> names = adrs.map(p -> p.getFileName().toString()).toList();
            assertThat(names).allMatch(n -> n.matches("\\d{4}-[a-z0-9][a-z0-9-]*\\.md"));
            assertThat(names.stream().map(n -> n.substring(0, 4)).distinct()).hasSize(200);
        }
        assertThat(Files.readString(handbook1000.resolve("site/handbook.yaml")))
                .contains("review:\n  every: 90d\n  due_soon: 14d\n");
    }

    @Test
    void asciidocShareMakesThatShareOfRunbooksAsciidoc(@TempDir Path tmp) throws IOException {
        SyntheticHandbook.generate(new SyntheticHandbook.Options(1000, 3, tmp, null, 10));
        try (Stream<Path> runbooks = Files.list(tmp.resolve("content/runbooks"))) {
            assertThat(runbooks.filter(p -> p.toString().endsWith(".adoc")).count()).isEqualTo(60);
        }
        checkLinks(tmp);
    }

    @Test
    void everyLinkAndReferenceNamesAnExistingRecordOfTheRightKind() throws IOException {
        checkLinks(handbook1000);
    }

    @Test
    void bodiesHaveTheRequiredStructureAndLength() throws IOException {
        Map<String, String> titles = titles(handbook1000);
        for (Path file : contentFiles(handbook1000)) {
            if (!file.toString().endsWith(".md")) {
                continue;
            }
            String text = Files.readString(file);
            String body = text.substring(text.indexOf("\n---\n", 4) + 5);
            assertThat(body).as(file.toString()).contains("\n## ", "\n|---|", "\n- ", "\n1. ", "```sh\n");
            int words = Render.countWords(readable(withoutCode(body), titles));
            assertThat(words).as("words in " + file).isBetween(FillerBase.MIN_WORDS, FillerBase.MAX_WORDS);
        }
    }

    @Test
    void adrsOnlySupersedeOlderDecisionsWhichAreMarkedSuperseded() throws IOException {
        Map<String, String> status = new HashMap<>();
        Map<String, List<String>> supersedes = new HashMap<>();
        for (Path file : contentFiles(handbook1000)) {
            if (!folder(handbook1000, file).equals("adrs")) {
                continue;
            }
            String id = id(file);
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith("status: ")) {
                    status.put(id, line.substring(8));
                } else if (line.startsWith("supersedes: [")) {
                    supersedes.put(id, List.of(line.substring(13, line.length() - 1).split(", ")));
                }
            }
        }
        assertThat(supersedes).isNotEmpty();
        Set<String> superseded = new HashSet<>();
        supersedes.forEach((newer, olders) -> {
            assertThat(status.get(newer)).isIn("accepted", "superseded");
            for (String older : olders) {
                assertThat(older.substring(0, 4)).isLessThan(newer.substring(0, 4));
                assertThat(status.get(older)).isEqualTo("superseded");
                superseded.add(older);
            }
        });
        status.forEach((id, s) -> {
            if (s.equals("superseded")) {
                assertThat(superseded).contains(id);
            }
        });
    }

    @Test
    void everyActionItemHasAnOwnerAndADueDate() throws IOException {
        int items = 0;
        for (Path file : contentFiles(handbook1000)) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).matches("\\s+- id: \".*\"")) {
                    items++;
                    String indent = " ".repeat(lines.get(i).indexOf('-') + 2);
                    List<String> item = new ArrayList<>();
                    for (int j = i + 1; j < lines.size() && lines.get(j).startsWith(indent); j++) {
                        item.add(lines.get(j).strip());
                    }
                    assertThat(item).as(file + ":" + (i + 1))
                            .anyMatch(l -> l.startsWith("owner: \""))
                            .anyMatch(l -> l.matches("due: \\d{4}-\\d{2}-\\d{2}"));
                }
            }
        }
        assertThat(items).isGreaterThan(100);
    }

    @Test
    void hugoSiteHasOnePagePerRecordAndResolvableLinks() throws IOException {
        Set<String> pages = new HashSet<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(hugo1000.resolve("content"))) {
            files = walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("_index.md")).toList();
        }
        for (Path file : files) {
            pages.add(folder(hugo1000, file) + "/" + id(file));
        }
        assertThat(pages).hasSize(1000);
        for (Path file : contentFiles(handbook1000)) {
            assertThat(pages).contains(folder(handbook1000, file) + "/" + id(file));
        }
        int links = 0;
        for (Path file : files) {
            String text = Files.readString(file);
            assertThat(text).as(file.toString()).doesNotContain("[[", "](runbook:", "](adr:", "](spof:");
            Matcher m = HUGO_LINK.matcher(text);
            while (m.find()) {
                links++;
                assertThat(pages).as("link in " + file).contains(m.group(1) + "/" + m.group(2));
            }
        }
        assertThat(links).isGreaterThan(3000);
        for (String layout : HugoSite.LAYOUTS) {
            assertThat(hugo1000.resolve("layouts").resolve(layout)).isRegularFile();
        }
        assertThat(Files.readString(hugo1000.resolve("hugo.toml"))).contains("relativeURLs = true", "unsafe = false");
    }

    @Test
    void usageErrors() {
        assertThat(run("--records", "1", "--seed", "1", "--out", "/tmp/never")).isEqualTo(2);
        assertThat(run("--records", "10", "--out", "/tmp/never")).isEqualTo(2);
        assertThat(run("--records", "10", "--seed", "x", "--out", "/tmp/never")).isEqualTo(2);
        assertThat(run("--records", "10", "--seed", "1", "--out", "/tmp/never", "--bogus", "1")).isEqualTo(2);
        assertThat(run("--records", "60000", "--seed", "1", "--out", "/tmp/never")).isEqualTo(2);
        assertThat(run("--help")).isEqualTo(0);
    }

    @Test
    void tinyHandbooksStillLinkEveryRunbook(@TempDir Path tmp) throws IOException {
        for (int n : new int[] {2, 3, 9, 10, 11, 13, 37}) {
            Path out = tmp.resolve("n" + n);
            SyntheticHandbook.generate(new SyntheticHandbook.Options(n, n, out, null, 50));
            assertThat(contentFiles(out)).hasSize(n);
            checkLinks(out);
        }
    }

    // ------------------------------------------------------------------------------------------------------ checks

    /** Every link and reference resolves to a record of an accepted kind, and every runbook is linked by another file. */
    private static void checkLinks(Path root) throws IOException {
        Map<String, String> kindOf = new HashMap<>(); // id -> folder
        List<Path> files = contentFiles(root);
        for (Path file : files) {
            assertThat(kindOf.put(id(file), folder(root, file))).as("duplicate id " + id(file)).isNull();
            assertThat(id(file)).matches("[a-z0-9][a-z0-9-]*");
        }
        Map<String, Set<String>> referencedBy = new HashMap<>();
        for (Path file : files) {
            String self = id(file);
            String text = Files.readString(file);
            boolean asciidoc = file.toString().endsWith(".adoc");
            String outside = withoutCode(text);
            assertThat(codeOnly(text)).as("code in " + file).doesNotContain("[[", "](runbook:", "xref:", "<<");

            Matcher wiki = WIKI.matcher(outside);
            while (wiki.find()) {
                assertThat(kindOf).as("[[%s]] in %s", wiki.group(1), file).containsKey(wiki.group(1));
                referencedBy.computeIfAbsent(wiki.group(1), k -> new HashSet<>()).add(self);
            }
            Matcher typed = TYPED.matcher(outside);
            while (typed.find()) {
                String kind = typed.group(2);
                String target = typed.group(3);
                assertThat(kindOf).as("%s:%s in %s", kind, target, file).containsKey(target);
                assertThat(folderOfKey(kind)).as("%s:%s in %s", kind, target, file).isEqualTo(kindOf.get(target));
                referencedBy.computeIfAbsent(target, k -> new HashSet<>()).add(self);
            }
            if (asciidoc) {
                Matcher xref = XREF.matcher(outside);
                while (xref.find()) {
                    assertThat(kindOf).as("xref:%s in %s", xref.group(1), file).containsKey(xref.group(1));
                    referencedBy.computeIfAbsent(xref.group(1), k -> new HashSet<>()).add(self);
                }
                Matcher angle = ANGLE.matcher(outside);
                while (angle.find()) {
                    // handbook renders <<id>> but does not count it as a reference, so it is not added here.
                    assertThat(kindOf).as("<<%s>> in %s", angle.group(1), file).containsKey(angle.group(1));
                }
            }
            for (String line : frontMatterOrRecord(text)) {
                Matcher single = SINGLE_REF.matcher(line);
                Matcher list = LIST_REF.matcher(line);
                List<String> targets = new ArrayList<>();
                String field = null;
                if (single.matches()) {
                    field = single.group(1);
                    targets.add(single.group(2));
                } else if (list.matches()) {
                    field = list.group(1);
                    targets.addAll(List.of(list.group(2).split(", ")));
                }
                for (String target : targets) {
                    assertThat(kindOf).as("%s: %s in %s", field, target, file).containsKey(target);
                    assertThat(REF_KINDS.get(field)).as("%s: %s in %s", field, target, file).contains(kindOf.get(target));
                    assertThat(target).as("self reference in " + file).isNotEqualTo(self);
                    referencedBy.computeIfAbsent(target, k -> new HashSet<>()).add(self);
                }
            }
        }
        kindOf.forEach((id, folder) -> {
            if (folder.equals("runbooks")) {
                Set<String> from = new HashSet<>(referencedBy.getOrDefault(id, Set.of()));
                from.remove(id);
                assertThat(from).as("records referring to runbook " + id).isNotEmpty();
            }
        });
    }

    /** The YAML of a record file, or the front matter of a Markdown or AsciiDoc one, as top-level lines. */
    private static List<String> frontMatterOrRecord(String text) {
        if (text.startsWith("---\n")) {
            return List.of(text.substring(4, text.indexOf("\n---\n", 4)).split("\n"));
        }
        return List.of(text.split("\n"));
    }

    /** The text with fenced Markdown code blocks and AsciiDoc listing blocks removed. */
    private static String withoutCode(String text) {
        return split(text, false);
    }

    private static String codeOnly(String text) {
        return split(text, true);
    }

    private static String split(String text, boolean code) {
        StringBuilder out = new StringBuilder();
        boolean inCode = false;
        for (String line : text.split("\n", -1)) {
            String s = line.strip();
            boolean fence = s.startsWith("```") || s.equals("----");
            if (fence) {
                inCode = !inCode;
                continue;
            }
            if (inCode == code) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    /** Markdown as a reader sees it: links as their texts, no list numbers. */
    private static String readable(String markdown, Map<String, String> titles) {
        String s = markdown.replaceAll("(?m)^\\s*\\d+\\. ", "");
        Matcher typed = TYPED.matcher(s);
        s = typed.replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        Matcher wiki = WIKI.matcher(s);
        return wiki.replaceAll(m -> Matcher.quoteReplacement(m.group(2) != null ? m.group(2) : titles.get(m.group(1))));
    }

    private static Map<String, String> titles(Path root) throws IOException {
        Map<String, String> titles = new HashMap<>();
        for (Path file : contentFiles(root)) {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith("title: \"")) {
                    titles.put(id(file), line.substring(8, line.length() - 1).replace("\\\"", "\""));
                    break;
                }
            }
        }
        return titles;
    }

    // ----------------------------------------------------------------------------------------------------- helpers

    private static int run(String... args) {
        return SyntheticHandbook.run(args, new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));
    }

    private static String folderOfKey(String key) {
        return EntryKind.byKey(key).map(EntryKind::defaultFolder).orElse("unknown kind " + key);
    }

    private static List<Path> contentFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root.resolve("content"))) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static String folder(Path root, Path file) {
        return root.resolve("content").relativize(file).getName(0).toString();
    }

    private static String id(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
