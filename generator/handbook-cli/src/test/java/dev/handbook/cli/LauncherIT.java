package dev.handbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real {@code handbook} launcher script, as a newcomer does, from another working directory: relative paths
 * resolve against it, the example builds, and broken content gives file:line:column errors and exit code 1.
 */
class LauncherIT {

    static final Path LAUNCHER = CliFixture.EXAMPLE.resolve("handbook");

    @TempDir Path dir;

    record Run(int exit, String out, String err) {}

    Run handbook(Path cwd, String... args) throws IOException, InterruptedException {
        return handbook(cwd, Map.of(), args);
    }

    Run handbook(Path cwd, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile())
                .redirectOutput(dir.resolve("stdout").toFile()).redirectError(dir.resolve("stderr").toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("handbook finished").isTrue();
        return new Run(process.exitValue(), Files.readString(dir.resolve("stdout"), StandardCharsets.UTF_8), Files.readString(dir.resolve("stderr"), StandardCharsets.UTF_8));
    }

    @Test
    void versionNamesTheCommitTheJarWasBuiltFrom() throws Exception {
        Process git = new ProcessBuilder("git", "rev-parse", "--short=7", "HEAD").directory(CliFixture.EXAMPLE.toFile()).start();
        String head = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(git.waitFor()).as("git rev-parse in the checkout").isZero();

        Run run = handbook(dir, "--version");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("handbook 0.1.0-SNAPSHOT (commit " + head).contains("Java ");
    }

    @Test
    void theLauncherStartsFromTheClassDataArchivePicocliIncluded() throws Exception {
        // -Xshare:on: no archive, or one this jar cannot use, is a failed start instead of a silently slower one
        Run run = handbook(dir, Map.of("HANDBOOK_JAVA_OPTS", "-Xshare:on -Xlog:class+load=info"), "--version");

        assertThat(run.exit()).as(run.err()).isZero();
        // picocli's classes are Java 5 ones: a dynamic archive leaves them out, and so does the static one if the
        // training build's class list has a lambda that calls a picocli method (the dump links picocli to make it).
        assertThat(run.out()).contains("picocli.CommandLine source: shared objects file", "dev.handbook.cli.Main source: shared objects file");
    }

    @Test
    void buildsTheExampleFromAnyWorkingDirectory() throws Exception {
        Path cwd = CliFixture.copy(CliFixture.EXAMPLE, dir.resolve("copy"));

        Run run = handbook(cwd, "build");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("into target/handbook").contains(cwd.resolve("target/handbook/index.html").toUri().toString());
        assertThat(cwd.resolve("target/handbook/spof-matrix.html")).exists();
        assertThat(cwd.resolve("target/handbook/runbooks/incident-commander-script.html")).exists();
    }

    @Test
    void everySnippetOfTheExamplePassesOrIsSkippedAndThePagesShowIt() throws Exception {
        Path cwd = CliFixture.copy(CliFixture.EXAMPLE, dir.resolve("verify"));

        Run run = handbook(cwd, "build", "--verify=fresh", "--fail-on", "verify");

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).containsPattern("Verification: [1-9][0-9]* passed, 0 failed, 0 timed out, [0-9]+ skipped");
        assertThat(Files.readString(cwd.resolve("target/handbook/runbooks/postgres-pitr.html"))).contains("<div class=\"verify-result pass\">");
        assertThat(Files.readString(cwd.resolve("target/handbook/verification.html"))).doesNotContain(">fail<", ">timeout<");
        assertThat(cwd.resolve("target/handbook-verify/TEST-handbook-verification.xml")).exists();
    }

    @Test
    void servePrintsALoopbackUrlServesTheSiteAndStopsCleanlyOnASignal() throws Exception {
        Path cwd = CliFixture.copy(CliFixture.FIXTURE, dir.resolve("serve"));
        Process serve = new ProcessBuilder(LAUNCHER.toString(), "serve", "--port", "0").directory(cwd.toFile())
                .redirectErrorStream(true).start();
        try (java.io.BufferedReader out = new java.io.BufferedReader(new java.io.InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            assertThat(line).matches("Serving the handbook at http://127\\.0\\.0\\.1:[0-9]+/ \\(Ctrl-C to stop\\)\\.");
            String url = line.replaceAll(".*(http://[^ ]+).*", "$1");
            java.net.http.HttpResponse<String> page = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(url + "services/api.html")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<h1>API</h1>", "/_handbook/reload.js");

            serve.destroy(); // SIGTERM, as Ctrl-C's SIGINT: the shutdown hook stops watcher and server
            assertThat(serve.waitFor(10, TimeUnit.SECONDS)).as("stopped").isTrue();
        } finally {
            serve.destroyForcibly();
        }
    }

    @Test
    void aBusyPortIsAUsageErrorThatNamesThePortAndTheWayOut() throws Exception {
        Path cwd = CliFixture.copy(CliFixture.FIXTURE, dir.resolve("busy"));
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Run run = handbook(cwd, "serve", "--port", String.valueOf(taken.getLocalPort()));

            assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).contains("Cannot listen on 127.0.0.1:" + taken.getLocalPort(), "address already in use", "--port 0")
                    .doesNotContain("internal error", "bug", "\tat ");
        }
    }

    @Test
    void theJarCarriesEverythingCheckNeedsForItsJsonReport() throws Exception {
        Path cwd = CliFixture.copy(CliFixture.FIXTURE, dir.resolve("json"));

        Run run = handbook(cwd, "check", "--format", "json", "--as-of", "2026-11-23");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"version\" : 1", "\"asOf\" : \"2026-11-23\"");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void brokenContentFailsWithPositionsAndNoStackTrace() throws Exception {
        Path cwd = CliFixture.copy(CliFixture.FIXTURE, dir.resolve("broken"));
        Files.writeString(cwd.resolve("content/services/db.yaml"), "title: Database\nowner: team-data\ntier: \"0\"\ndepends_on:\n  api: yes\n");

        Run run = handbook(cwd, "build", "--out", "public");

        assertThat(run.exit()).isEqualTo(ExitCodes.CONTENT);
        assertThat(run.err()).contains("content/services/db.yaml:5:3: error: Field 'depends_on' expects a list of ids")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(cwd.resolve("public")).doesNotExist();
    }
}
