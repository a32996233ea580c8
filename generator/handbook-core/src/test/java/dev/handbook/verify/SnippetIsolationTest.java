package dev.handbook.verify;

import static dev.handbook.verify.SnippetRunnerTest.snippet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.handbook.model.Snippet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What isolation promises: the builder's processes and environment out of sight, nothing outliving its snippet. */
class SnippetIsolationTest {

    static final boolean ROOT = isRoot();
    static final Set<String> PASSED_ON = Set.of("PATH", "HOME", "LANG", "TZ");

    @TempDir Path content;
    @TempDir Path marks;

    final Map<String, String> env = Map.of("PATH", System.getenv("PATH"), "SECRET_TOKEN", "hunter2-s3cret");

    @BeforeEach
    void foldersAsSnippetsFindThem() throws Exception {
        SnippetRunnerTest.foldersAsSnippetsFindThem(content, marks);
    }

    @AfterEach
    void killLeftovers() {
        LeftoverProcesses.sleeping(303, 304, 305).forEach(ProcessHandle::destroyForcibly);
    }

    static boolean isRoot() {
        try {
            return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid") == 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    SnippetResult run(Snippet snippet) {
        return new SnippetRunner(env, content, 64 * 1024, Clock.systemUTC()).run(snippet);
    }

    @Test
    void theBuildersEnvironmentCannotBeReadThroughProc() {
        // This JVM's real environment: what a snippet reading its parent's or every process's environ would find.
        List<String> builderOnly = System.getenv().entrySet().stream().filter(e -> !PASSED_ON.contains(e.getKey()) && e.getValue().length() > 2)
                .map(e -> e.getKey() + "=" + e.getValue()).toList();
        assertThat(builderOnly).as("the test JVM has variables of its own").isNotEmpty();

        SnippetResult parent = run(snippet("tr '\\0' '\\n' < /proc/$PPID/environ"));
        SnippetResult every = run(snippet("for f in /proc/[0-9]*/environ; do tr '\\0' '\\n' < \"$f\"; done", "env=SECRET_TOKEN"));

        assertThat(parent.stdout() + parent.stderr()).doesNotContain(builderOnly);
        assertThat(every.stdout()).as("it read its own environment").contains("HOME=", "SECRET_TOKEN=********").doesNotContain("hunter2");
        assertThat(every.stdout() + every.stderr()).doesNotContain(builderOnly);
    }

    @ParameterizedTest(name = "as root: {0}")
    @ValueSource(booleans = {true, false})
    void aSnippetSeesOnlyItsOwnProcessesEvenAfterUnmountingProc(boolean asRoot) {
        assumeTrue(ROOT || !asRoot, "dropping to user 65534 needs root");
        SnippetIsolation isolation = SnippetIsolation.detect(env, asRoot);
        assertThat(isolation.available()).as(isolation.problem()).isTrue();
        long builder = ProcessHandle.current().pid();

        SnippetResult result = new SnippetRunner(env, content, 1024, Clock.systemUTC(), isolation).run(snippet(
                "umount /proc 2>/dev/null; umount -l /proc 2>/dev/null; echo $$; [ -e /proc/" + builder + " ] && echo builder visible;"
                + " set -- /proc/[0-9]*; echo $#; echo and /dev/stderr works > /dev/stderr"));

        assertThat(result.stdout()).as("PID 1, no builder: the only process").isEqualTo("1\n1\n");
        assertThat(result.stderr()).isEqualTo("and /dev/stderr works\n");
    }

    @Test
    void setsidAndDoubleForksDoNotOutliveTheSnippet() throws Exception {
        SnippetResult result = run(snippet("setsid -f sleep 304; ( setsid sh -c 'sleep 303' & ); sleep 0.2; for f in /proc/[0-9]*/cmdline; do tr '\\0' ' ' < \"$f\"; echo; done | grep -x 'sleep 30[34] ' | sort"));

        assertThat(result.status()).isEqualTo(SnippetStatus.PASS);
        assertThat(result.stdout()).as("both were running").isEqualTo("sleep 303 \nsleep 304 \n");
        assertThat(LeftoverProcesses.awaitGone(303, 304)).as("sleep 303 and 304 are gone").isEmpty();
    }

    @Test
    void aTimeoutEndsWhatASnippetStartedInANewSession() throws Exception {
        SnippetResult result = run(snippet("setsid -f sleep 305; sleep 30", "timeout=1s"));

        assertThat(result.status()).isEqualTo(SnippetStatus.TIMEOUT);
        assertThat(LeftoverProcesses.awaitGone(305)).as("sleep 305 is gone").isEmpty();
    }

    @Test
    void underRootASnippetRunsAsNobodyInFoldersOfItsOwn() {
        assumeTrue(ROOT, "the build runs as root");

        SnippetResult result = run(snippet("id -u; touch \"$HOME/h\" ./w && echo writable; cat /etc/shadow > /dev/null 2>&1 || echo no shadow"));

        assertThat(result.stdout()).isEqualTo("65534\nwritable\nno shadow\n");
    }

    @Test
    void contentSnippetsReadTheContentFolderAndSayWhenTheyCannot() throws Exception {
        Files.createDirectories(content.resolve("fixtures"));
        Files.writeString(content.resolve("fixtures/postgresql.conf"), "archive_mode = on\n");

        assertThat(run(snippet("grep archive_mode fixtures/postgresql.conf", "cwd=content", "expect_output=on")).status()).isEqualTo(SnippetStatus.PASS);

        assumeTrue(ROOT, "only user 65534 lacks the builder's access");
        Files.setPosixFilePermissions(content, PosixFilePermissions.fromString("rwx------"));
        SnippetResult closed = run(snippet("grep archive_mode fixtures/postgresql.conf", "cwd=content"));
        assertThat(closed.status()).isEqualTo(SnippetStatus.FAIL);
        assertThat(closed.message()).contains("run as user 65534 (nobody)", "cannot read the content folder " + content, "chmod o+rx");
    }

    @Test
    void withoutIsolationNoSnippetRunsAndTheResultSaysWhatToInstall() throws Exception {
        SnippetIsolation none = SnippetIsolation.detect(Map.of("PATH", marks.toString()), ROOT);
        Path ran = marks.resolve("ran");

        SnippetResult result = new SnippetRunner(env, content, 1024, Clock.systemUTC(), none).run(snippet("touch " + ran));

        assertThat(none.available()).isFalse();
        assertThat(result.status()).isEqualTo(SnippetStatus.SKIPPED);
        assertThat(result.message()).startsWith("Not run: ").contains("`unshare` is not on PATH", "util-linux");
        assertThat(ran).doesNotExist();
        new ResultCache(marks.resolve("cache"), Duration.ofHours(1)).store(snippet("touch " + ran), result);
        assertThat(marks.resolve("cache")).as("not cached: installing the tools takes effect at once").doesNotExist();
    }
}
