package dev.handbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * The handbook of issue 14's acceptance: a SPOF for the throw-away cluster, whose backups come from the pgBackRest
 * info file in {@code evidence/pgbackrest/} and whose restores are proven by a verification snippet that restores the
 * latest backup, starts it and reads it back. Builds it with the real launcher and checks what the SPOF page shows.
 */
final class RestoreEvidenceSite {

    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private static final String CONFIG = """
            title: pgBackRest acceptance
            sources:
              - path: content/spofs
                kind: spof
              - path: evidence/pgbackrest
                kind: backup
                format: pgbackrest
                map: {%s: [pg-demo]}
            """;

    private static final String SPOF = """
            title: Throw-away Postgres cluster demo
            owner: team-data
            component: The Postgres cluster of this test, archiving its WAL to a pgBackRest repository.
            failure_mode: Its data folder is lost; it comes back only from the pgBackRest repository.
            dr_strategy: backup-restore
            status: mitigated
            cadence: {backup: 1d, restore: 7d, drill: none, chaos: none}
            verify:
              - name: Restore the latest backup, start it and read it back
                proves: restore
                requires: [pgbackrest]
                timeout: 60s
                expect_output: "read back: %s"
                run: |
            %s
            """;

    private final Path repo;

    RestoreEvidenceSite(Path repo, PgBackRestStanza stanza, Path bin, String lastWrite) throws IOException {
        this.repo = repo;
        Files.createDirectories(repo.resolve("site"));
        Files.writeString(repo.resolve("site/handbook.yaml"), CONFIG.formatted(PgBackRestStanza.NAME));
        Files.createDirectories(repo.resolve("content/spofs"));
        String script = stanza.restoreScript(bin).lines().map(line -> "          " + line).reduce((a, b) -> a + "\n" + b).orElseThrow();
        Files.writeString(repo.resolve("content/spofs/pg-demo.yaml"), SPOF.formatted(lastWrite, script));
    }

    /**
     * Builds with {@code --verify} as of today and asserts that the SPOF page shows the backup's stop time from {@code
     * info} as "Backup taken", and as "Restore verified" a time between the snippet's start and the build's end; and
     * that {@code check --fail-on overdue} passes.
     */
    void assertShownAndChecked(String info, Timings timings) throws Exception {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        LauncherRun build = timings.time("handbook build --verify", () -> launch("build", "--verify", "--as-of", today));
        Instant built = Instant.now();
        assertThat(build.exit()).as(build.output()).isZero();
        assertThat(build.output()).contains("Verification: 1 passed, 0 failed").doesNotContain("[evidence.", ": error: ");

        String junit = Files.readString(repo.resolve("target/handbook-verify/TEST-handbook-verification.xml"));
        Matcher started = Pattern.compile("restore started at (\\d+)").matcher(junit);
        assertThat(started.find()).as(junit).isTrue();
        Instant snippetStart = Instant.ofEpochSecond(Long.parseLong(started.group(1)));
        JsonNode backup = new ObjectMapper().readTree(info).get(0).path("backup").get(0);
        Instant backupStop = Instant.ofEpochSecond(backup.path("timestamp").path("stop").asLong());

        String page = Jsoup.parse(repo.resolve("target/handbook/spofs/pg-demo.html").toFile(), "UTF-8").text();
        assertThat(timeAfter(page, "Backup taken")).as(page).isEqualTo(SHOWN.format(backupStop));
        String restore = timeAfter(page, "Restore verified");
        assertThat(restore).as(page).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d");
        assertThat(Instant.from(SHOWN.parse(restore))).as(page).isBetween(snippetStart.truncatedTo(ChronoUnit.MINUTES), built);

        LauncherRun check = timings.time("handbook check", () -> launch("check", "--verify", "--fail-on", "overdue", "--as-of", today));
        assertThat(check.exit()).as(check.output()).isZero();
        assertThat(check.output()).contains(", 0 overdue, ");
    }

    /** The first {@code yyyy-MM-dd HH:mm} after {@code label} in {@code text}, or the label's surroundings if none. */
    static String timeAfter(String text, String label) {
        Matcher m = Pattern.compile(Pattern.quote(label) + ".{0,120}?(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d)").matcher(text);
        return m.find() ? m.group(1) : "no time after '" + label + "'";
    }

    record LauncherRun(int exit, String output) {}

    private LauncherRun launch(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(LauncherIT.LAUNCHER.toString()));
        command.addAll(List.of(args));
        Path output = repo.resolveSibling("launcher-output.txt");
        Process process = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("handbook finished").isTrue();
        } finally {
            process.destroyForcibly();
        }
        return new LauncherRun(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    }
}
