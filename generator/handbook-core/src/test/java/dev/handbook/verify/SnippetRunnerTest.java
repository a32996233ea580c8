package dev.handbook.verify;

import dev.handbook.model.SnippetOptions;
import dev.handbook.model.WrittenOptions;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.SourcePosition;
import dev.handbook.model.EntryId;
import dev.handbook.model.EntryKind;
import dev.handbook.model.Snippet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Running snippets for real: expectations, timeouts that kill the whole tree, caps, isolation, cache, reports. */
class SnippetRunnerTest {

    static final EntryId OWNER = new EntryId(EntryKind.RUNBOOK, "db-failover");

    @TempDir Path content;
    @TempDir Path cacheDir;
    @TempDir Path marks;

    final Map<String, String> env = new HashMap<>(Map.of("PATH", System.getenv("PATH"), "SECRET_TOKEN", "hunter2-s3cret"));

    @BeforeEach
    void foldersAsSnippetsFindThem() throws Exception {
        foldersAsSnippetsFindThem(content, marks);
    }

    /** Under root snippets run as nobody: the content folder is readable as in a checkout, marks is theirs to write. */
    static void foldersAsSnippetsFindThem(Path content, Path marks) throws java.io.IOException {
        Files.setPosixFilePermissions(content, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(marks, PosixFilePermissions.fromString("rwxrwxrwx"));
    }

    @AfterEach
    void killLeftovers() {
        LeftoverProcesses.sleeping(311, 312, 313).forEach(ProcessHandle::destroyForcibly);
    }

    static Snippet snippet(String code, String... options) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (String option : options) {
            map.putAll(SnippetOptions.words(option));
        }
        Diagnostics diagnostics = new Diagnostics();
        Optional<Snippet> snippet = SnippetOptions.build(OWNER, "sh", code, WrittenOptions.ofWords(map, ","), "check", SourcePosition.of("r.md", 1, 1), diagnostics);
        assertThat(diagnostics.sorted()).isEmpty();
        return snippet.orElseThrow();
    }

    SnippetResult run(Snippet snippet) {
        return new SnippetRunner(env, content, 1024, Clock.systemUTC()).run(snippet);
    }

    @Test
    void passesWhenTheExitCodeAndOutputAreAsExpected() {
        SnippetResult result = run(snippet("echo archive_mode = on", "expect_output=/archive_mode\\s*=\\s*on/"));

        assertThat(result.status()).isEqualTo(SnippetStatus.PASS);
        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).isEqualTo("archive_mode = on\n");
    }

    @Test
    void failsOnTheExitCodeAndSaysWhat() {
        SnippetResult result = run(snippet("echo trying; exit 3"));

        assertThat(result.status()).isEqualTo(SnippetStatus.FAIL);
        assertThat(result.message()).isEqualTo("Expected exit code 0, got 3.");
        assertThat(run(snippet("exit 1", "expect_exit=1")).status()).isEqualTo(SnippetStatus.PASS);
    }

    @Test
    void failsOnTheOutputAndSaysWhat() {
        assertThat(run(snippet("echo replica", "expect_output=primary")).message()).isEqualTo("Expected the output to contain \"primary\".");
        assertThat(run(snippet("echo replica", "expect_output=/^prim/")).message()).isEqualTo("Expected the output to match /^prim/.");
    }

    @Test
    void aTimeoutKillsTheSnippetAndEveryChildItStarted() throws Exception {
        SnippetResult result = run(snippet("sleep 311 & kill -0 $! && echo started; sleep 312", "timeout=1s", "cwd=content"));

        assertThat(result.status()).isEqualTo(SnippetStatus.TIMEOUT);
        assertThat(result.message()).contains("Timed out after 1 s");
        assertThat(result.stdout()).isEqualTo("started\n");
        assertThat(LeftoverProcesses.awaitGone(311, 312)).as("sleep 311 and 312 are gone").isEmpty();
    }

    @Test
    void nothingASnippetLeftRunningOutlivesIt() throws Exception {
        SnippetResult result = run(snippet("sleep 313 & kill -0 $! && echo started", "cwd=content"));

        assertThat(result.status()).isEqualTo(SnippetStatus.PASS);
        assertThat(result.stdout()).isEqualTo("started\n");
        assertThat(result.durationMillis()).isLessThan(30_000);
        assertThat(LeftoverProcesses.awaitGone(313)).as("sleep 313 is gone").isEmpty();
    }

    @Test
    void outputIsCappedWithAVisibleNote() {
        SnippetResult result = run(snippet("i=0; while [ $i -lt 500 ]; do echo 0123456789; i=$((i+1)); done"));

        assertThat(result.status()).isEqualTo(SnippetStatus.PASS);
        assertThat(result.stdout()).hasSize(1024);
        assertThat(result.stdoutCut()).isTrue();
    }

    @Test
    void aMissingRequiredToolSkipsTheSnippetWithTheReason() {
        SnippetResult result = run(snippet("psql -c 'select 1'", "requires=sh,surely-not-installed-tool"));

        assertThat(result.status()).isEqualTo(SnippetStatus.SKIPPED);
        assertThat(result.message()).isEqualTo("Skipped: requires surely-not-installed-tool, which is not on PATH.");
    }

    @Test
    void aRequiredFileThatIsMissingSkipsTheSnippetAndOneThatExistsLetsItRun() {
        SnippetResult missing = run(snippet("echo ran", "requires=sh,/etc/surely-not-here/pgbackrest.conf"));
        SnippetResult present = run(snippet("echo ran", "requires=sh,/etc/passwd"));

        assertThat(missing.status()).isEqualTo(SnippetStatus.SKIPPED);
        assertThat(missing.message()).isEqualTo("Skipped: requires /etc/surely-not-here/pgbackrest.conf, which is not a readable file here.");
        assertThat(present.status()).isEqualTo(SnippetStatus.PASS);
    }

    @Test
    void theBuildersEnvironmentStaysOutUnlessAskedForAndIsMaskedWhenPassed() {
        assertThat(run(snippet("echo \"[$SECRET_TOKEN]\"; env | sort | cut -d= -f1 | tr '\\n' ' '")).stdout())
                .startsWith("[]\n").doesNotContain("SECRET_TOKEN").contains("HOME", "LANG", "PATH", "TZ");
        SnippetResult passed = run(snippet("echo \"[$SECRET_TOKEN]\" >&2; echo \"$SECRET_TOKEN\"", "env=SECRET_TOKEN", "expect_output=hunter2"));
        assertThat(passed.stdout()).isEqualTo("********\n");
        assertThat(passed.stderr()).isEqualTo("[********]\n");
        assertThat(passed.status()).as("expectations see the real value").isEqualTo(SnippetStatus.PASS);
    }

    @Test
    void aDeclaredSecretThatStraddlesTheCapIsMaskedBeforeTheCapCutsIt() throws Exception {
        Snippet straddling = snippet("head -c 1020 /dev/zero | tr '\\0' x; printf %s \"$SECRET_TOKEN\" | tee /dev/stderr", "env=SECRET_TOKEN");
        VerificationReport report = new SnippetVerifier(new SnippetRunner(env, content, 1024, Clock.systemUTC()),
                new ResultCache(cacheDir, Duration.ofHours(1)), true, 1, Clock.systemUTC()).verify(List.of(straddling));
        Path xml = marks.resolve(JUnitXmlWriter.FILE_NAME);
        new JUnitXmlWriter().write(report, xml);

        SnippetResult result = report.result(straddling);
        assertThat(result.stdout()).hasSize(1024).isEqualTo("x".repeat(1020) + "****");
        assertThat(result.stdoutCut()).isTrue();
        assertThat(result.stderr()).isEqualTo("********");
        assertThat(Files.readString(xml)).doesNotContain("hunt");
        assertThat(Files.readString(new ResultCache(cacheDir, Duration.ofHours(1)).file(straddling))).contains("xxxx****").doesNotContain("hunt");
    }

    @Test
    void parallelRunsKeepTheirOutputsApart() {
        List<Snippet> snippets = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            snippets.add(snippet("i=0; while [ $i -lt 200 ]; do echo snippet-" + i + "; i=$((i+1)); done"));
        }
        SnippetVerifier verifier = new SnippetVerifier(new SnippetRunner(env, content, 64 * 1024, Clock.systemUTC()),
                new ResultCache(cacheDir, Duration.ZERO), true, 4, Clock.systemUTC());

        VerificationReport report = verifier.verify(snippets);

        for (int i = 0; i < 8; i++) {
            assertThat(report.result(snippets.get(i)).stdout().lines()).hasSize(200).containsOnly("snippet-" + i);
        }
    }

    @Test
    void cachedResultsAreReusedUntilTheyExpireOrFreshIsAskedFor() throws Exception {
        Path runs = marks.resolve("runs.txt");
        Snippet counting = snippet("echo run >> " + runs, "cwd=content");
        SnippetRunner runner = new SnippetRunner(env, content, 1024, Clock.systemUTC());

        VerificationReport first = new SnippetVerifier(runner, new ResultCache(cacheDir, Duration.ofHours(1)), false, 1, Clock.systemUTC()).verify(List.of(counting));
        VerificationReport second = new SnippetVerifier(runner, new ResultCache(cacheDir, Duration.ofHours(1)), false, 1, Clock.systemUTC()).verify(List.of(counting));
        assertThat(first.result(counting).cached()).isFalse();
        assertThat(second.result(counting).cached()).isTrue();
        assertThat(second.result(counting).ranAt()).isEqualTo(first.result(counting).ranAt());
        assertThat(Files.readAllLines(runs)).hasSize(1);

        new SnippetVerifier(runner, new ResultCache(cacheDir, Duration.ofHours(1)), true, 1, Clock.systemUTC()).verify(List.of(counting));
        assertThat(Files.readAllLines(runs)).as("fresh runs again").hasSize(2);
        Clock later = Clock.offset(Clock.systemUTC(), Duration.ofHours(2));
        assertThat(new SnippetVerifier(runner, new ResultCache(cacheDir, Duration.ofHours(1)), false, 1, later).verify(List.of(counting))
                .result(counting).cached()).as("expired").isFalse();
        assertThat(Files.readAllLines(runs)).hasSize(3);
    }

    @Test
    void theJUnitXmlHasASuitePerRecordAndACasePerSnippet() throws Exception {
        Snippet ok = snippet("echo fine", "name=\"passes\"");
        Snippet bad = snippet("exit 2", "name=\"fails\"");
        Snippet skipped = snippet("kubectl get pods", "name=\"needs kubectl\"", "requires=surely-not-installed-tool");
        VerificationReport report = new SnippetVerifier(new SnippetRunner(env, content, 1024, Clock.systemUTC()),
                new ResultCache(cacheDir, Duration.ZERO), true, 2, Clock.systemUTC()).verify(List.of(ok, bad, skipped));
        Path xml = content.resolve("reports/" + JUnitXmlWriter.FILE_NAME);

        new JUnitXmlWriter().write(report, xml);

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
        NodeList suites = doc.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(1);
        Element suite = (Element) suites.item(0);
        assertThat(suite.getAttribute("name")).isEqualTo("runbook:db-failover");
        assertThat(suite.getAttribute("tests")).isEqualTo("3");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        assertThat(suite.getAttribute("skipped")).isEqualTo("1");
        NodeList cases = suite.getElementsByTagName("testcase");
        assertThat(((Element) cases.item(0)).getAttribute("name")).isEqualTo("passes");
        Element failure = (Element) ((Element) cases.item(1)).getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).isEqualTo("Expected exit code 0, got 2.");
        assertThat(((Element) cases.item(2)).getElementsByTagName("skipped").getLength()).isEqualTo(1);
        assertThat(((Element) cases.item(0)).getElementsByTagName("system-out").item(0).getTextContent()).isEqualTo("fine\n");
    }
}
