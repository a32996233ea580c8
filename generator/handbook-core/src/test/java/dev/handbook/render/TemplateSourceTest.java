package dev.handbook.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.diagnostics.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Templates only print their views: they spell no output path (every href is a view field computed from
 * {@code PagePaths}) and call no Java method, and the engine would not let them.
 */
class TemplateSourceTest {

    private static final Pattern COMMENT = Pattern.compile("<#--.*?-->", Pattern.DOTALL);
    /** A file name of the site, or the root prefix glued to a path. */
    private static final Pattern PATH = Pattern.compile("[\\w-]+\\.(?:html|ics|js|css|json)(?![\\w}])|site\\.root}[^\"]|\"(?:assets|tags|files)/");
    /** {@code x.name(}: FreeMarker's own built-ins are written {@code x?name(}. */
    private static final Pattern CALL = Pattern.compile("\\.[A-Za-z_]\\w*\\s*\\(");

    @TempDir Path dir;

    @Test
    void noTemplateSpellsAnOutputPathOrCallsAMethod() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path template : templates()) {
            String text = COMMENT.matcher(Files.readString(template)).replaceAll("");
            for (Pattern pattern : List.of(PATH, CALL)) {
                Matcher m = pattern.matcher(text);
                while (m.find()) {
                    problems.add(template.getFileName() + ": " + m.group());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theCheckCatchesWhatTheOldTemplatesDid() {
        assertThat(PATH.matcher("<a href=\"${site.root}attention.html\">").find()).isTrue();
        assertThat(CALL.matcher("<#if r.runbook.isPresent()>").find()).isTrue();
        assertThat(CALL.matcher("${(g.width * 0.8)?round} ${x?then(\"a\", \"b\")}").find()).isFalse();
    }

    /** A view's public method that is not a component stays out of reach; its components print. */
    public record Probe(String href) {
        public String secret() {
            return "leaked";
        }
    }

    public record Model(Probe v) {}

    @Test
    void theEngineExposesRecordComponentsAndNothingElse() throws IOException {
        Files.writeString(dir.resolve("shown.ftlh"), "${v.href}");
        Files.writeString(dir.resolve("called.ftlh"), "${v.secret()}");
        Files.writeString(dir.resolve("property.ftlh"), "${v.secret}");
        TemplateEngine engine = new TemplateEngine(dir, dir);
        Model model = new Model(new Probe("runbooks/x.html"));

        assertThat(engine.render("shown.ftlh", model, new Diagnostics())).contains("runbooks/x.html");
        for (String name : List.of("called.ftlh", "property.ftlh")) {
            Diagnostics diagnostics = new Diagnostics();
            assertThat(engine.render(name, model, diagnostics)).as(name).isEmpty();
            assertThat(diagnostics.sorted().toString()).as(name).contains("is null or missing");
        }
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.list(ViewContractTest.THEME)) {
            return files.filter(f -> f.toString().endsWith(".ftlh")).sorted().toList();
        }
    }
}
