package dev.handbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.cli.ReleaseArchive.Run;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * The CI recipes in docs/ci run as documented: their own commands, taken from the YAML, run in an empty folder with
 * only the release archive and a content folder. They build the site where the recipe uploads it from, write the
 * snippets' JUnit XML where the recipe publishes it from, and fail the job on broken content.
 */
class CiRecipesIT {

    static final Path RECIPES = CliFixture.EXAMPLE.resolve("docs/ci");

    @TempDir Path dir;

    /** A recipe's shell commands in order, what it uploads as the site, and where it reads the JUnit XML. */
    record Recipe(List<String> commands, String site, String junit) {}

    @ParameterizedTest
    @ValueSource(strings = {"github-actions.yml", "gitlab-ci.yml"})
    void theRecipeBuildsTheHandbookRunsTheSnippetsAndFailsOnBrokenContent(String file) throws Exception {
        Recipe recipe = file.startsWith("github") ? github(RECIPES.resolve(file)) : gitlab(RECIPES.resolve(file));
        Path job = CliFixture.copy(CliFixture.EXAMPLE, dir.resolve("job"));
        Files.copy(ReleaseArchive.tarGz(), job.resolve(ReleaseArchive.tarGz().getFileName()));
        Map<String, String> env = Map.of("CI", "true", "HANDBOOK_VERSION", ReleaseArchive.baseName().substring("handbook-".length()));

        for (String command : recipe.commands()) {
            Run run = ReleaseArchive.run(job, env, "bash", "-e", "-o", "pipefail", "-c", command);
            assertThat(run.exit()).as("%s: %s%n%s%s", file, command, run.out(), run.err()).isZero();
        }
        assertThat(job.resolve(recipe.site()).resolve("index.html")).exists();
        assertThat(matching(job, recipe.junit())).singleElement()
                .satisfies(xml -> assertThat(Files.readString(xml)).contains("<testsuite", "<testcase", "failures=\"0\""));

        Files.writeString(job.resolve("content/runbooks/kafka-broker-down.md"),
                "---\ntitle: Kafka broker down\nowner: team-platform\nlast_reviewed: 2026-11-20\n---\n1. Follow [[redis-down]].\n");
        String build = recipe.commands().get(recipe.commands().size() - 1);
        Run broken = ReleaseArchive.run(job, env, "bash", "-e", "-o", "pipefail", "-c", build);

        assertThat(broken.exit()).as("a broken link fails the job").isEqualTo(ExitCodes.CONTENT);
        assertThat(broken.err()).contains("content/runbooks/kafka-broker-down.md:6:11: error: Link to unknown record 'redis-down'");
        assertThat(job.resolve(recipe.site()).resolve("index.html")).as("the previous site is kept whole").exists();
    }

    /** The steps' run commands, except the download (the test brings the archive) and the runner's sysctl. */
    @SuppressWarnings("unchecked")
    static Recipe github(Path file) throws IOException {
        Map<String, Object> workflow = new Yaml().load(Files.readString(file));
        Map<String, Object> job = (Map<String, Object>) ((Map<String, Object>) workflow.get("jobs")).get("handbook");
        List<String> commands = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        String site = null;
        String junit = null;
        for (Map<String, Object> step : (List<Map<String, Object>>) job.get("steps")) {
            Map<String, Object> with = (Map<String, Object>) step.getOrDefault("with", Map.of());
            String uses = String.valueOf(step.get("uses"));
            if (uses.startsWith("actions/upload-pages-artifact")) {
                site = (String) with.get("path");
            } else if (uses.startsWith("mikepenz/action-junit-report")) {
                junit = (String) with.get("report_paths");
            } else if (step.containsKey("run")) {
                boolean machineSetUp = List.of("Download handbook", "Allow snippet sandboxes").contains(step.get("name"));
                (machineSetUp ? skipped : commands).add((String) step.get("run"));
            }
        }
        assertThat(skipped).as("the download and sysctl steps of %s", file).hasSize(2);
        return new Recipe(commands, site, junit);
    }

    /** The job's script, except the download (the test brings the archive). */
    @SuppressWarnings("unchecked")
    static Recipe gitlab(Path file) throws IOException {
        Map<String, Object> job = (Map<String, Object>) ((Map<String, Object>) new Yaml().load(Files.readString(file))).get("handbook");
        List<String> script = (List<String>) job.get("script");
        List<String> commands = script.stream().filter(command -> !command.contains("$HANDBOOK_ARCHIVE_URL")).toList();
        assertThat(commands).as("all but the download of %s", file).hasSize(script.size() - 1);
        Map<String, Object> artifacts = (Map<String, Object>) job.get("artifacts");
        String junit = (String) ((Map<String, Object>) artifacts.get("reports")).get("junit");
        return new Recipe(commands, ((List<String>) artifacts.get("paths")).get(0), junit);
    }

    private static List<Path> matching(Path root, String glob) throws IOException {
        var matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> matcher.matches(root.relativize(f))).toList();
        }
    }
}
