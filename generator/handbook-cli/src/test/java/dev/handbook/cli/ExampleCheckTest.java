package dev.handbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code handbook check} on the example handbook. The example was written on 2026-11-23 ("today"), so the dates are
 * pinned to keep the test meaningful as the calendar moves on.
 */
class ExampleCheckTest {

    static final String TODAY = "2026-11-23";
    static final String A_YEAR_LATER = "2027-11-23";

    record Run(int exit, String out, String err) {}

    static Run check(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = HandbookCommand.create();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of("check", "--content", CliFixture.EXAMPLE.resolve("content").toString(),
                "--site", CliFixture.EXAMPLE.resolve("site").toString()));
        all.addAll(List.of(args));
        return new Run(cli.execute(all.toArray(String[]::new)), out.toString(), err.toString());
    }

    static JsonNode json(String asOf, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("--as-of", asOf, "--format", "json"));
        args.addAll(List.of(more));
        return new ObjectMapper().readTree(check(args.toArray(String[]::new)).out());
    }

    @Test
    void aYearFromNowEveryRunbookIsStaleGroupedByOwnerAndFailOnStaleExitsFour() throws Exception {
        Run run = check("--as-of", A_YEAR_LATER, "--fail-on", "stale");

        assertThat(run.exit()).isEqualTo(ExitCodes.POLICY);
        JsonNode report = json(A_YEAR_LATER);
        List<JsonNode> runbooks = new ArrayList<>();
        report.get("reviews").forEach(r -> {
            if (r.get("kind").asText().equals("runbook")) {
                runbooks.add(r);
            }
        });
        assertThat(runbooks).hasSizeGreaterThanOrEqualTo(8).allSatisfy(r -> assertThat(r.get("state").asText()).isEqualTo("stale"));
        for (JsonNode flag : report.get("flags")) {
            if (flag.get("kind").asText().equals("runbook")) {
                int ownerHeader = run.out().indexOf("\n" + flag.get("owner").asText() + " (");
                int line = run.out().indexOf(flag.get("title").asText(), ownerHeader);
                assertThat(ownerHeader).as("owner header for %s", flag.get("owner")).isPositive();
                assertThat(line).as("%s listed under its owner", flag.get("id")).isPositive();
                assertThat(run.out()).contains(flag.get("file").asText());
            }
        }
        assertThat(run.out()).contains("[fails: --fail-on stale]");
    }

    @Test
    void todayNothingIsStaleOneRunbookIsDueSoonAndNoSpofIsOverdue() throws Exception {
        Run run = check("--as-of", TODAY, "--fail-on", "stale,overdue,action-items");
        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(ExitCodes.OK);

        JsonNode report = json(TODAY);
        assertThat(report.at("/summary/stale").asInt()).isZero();
        assertThat(report.at("/summary/due-soon").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(report.at("/summary/overdue").asInt()).isZero();
        report.get("exercises").forEach(e -> assertThat(e.get("state").asText()).as(e.toString()).isIn("current", "not-required"));
        assertThat(run.out()).contains("due soon").contains("content/runbooks/dns-failover.adoc");
    }

    @Test
    void theJsonReportHasItsDocumentedShape() throws Exception {
        JsonNode report = json(A_YEAR_LATER, "--fail-on", "overdue");

        assertThat(report.get("version").asInt()).isEqualTo(1);
        assertThat(report.get("asOf").asText()).isEqualTo(A_YEAR_LATER);
        assertThat(report.get("failOn")).extracting(JsonNode::asText).containsExactly("overdue");
        assertThat(report.get("summary").fieldNames()).toIterable()
                .containsExactly("errors", "warnings", "stale", "overdue", "action-items", "due-soon", "failing");
        assertThat(report.get("diagnostics")).isEmpty();
        JsonNode flag = report.get("flags").get(0);
        assertThat(flag.fieldNames()).toIterable()
                .containsExactly("category", "state", "kind", "id", "title", "owner", "file", "due", "daysLeft", "message", "failing");
        long failing = 0;
        for (JsonNode f : report.get("flags")) {
            assertThat(f.get("failing").asBoolean()).isEqualTo(f.get("category").asText().equals("overdue"));
            failing += f.get("failing").asBoolean() ? 1 : 0;
        }
        assertThat(report.at("/summary/failing").asLong()).isEqualTo(failing).isPositive();
        assertThat(report.get("exercises").get(0).fieldNames()).toIterable()
                .containsExactly("kind", "id", "exercise", "state", "every", "last", "lastDate", "lastTime", "due", "daysLeft");
        assertThat(report.get("actionItems").get(0).fieldNames()).toIterable()
                .containsExactly("sourceKind", "source", "id", "title", "owner", "status", "due", "overdue", "daysLeft");
    }

    @Test
    void anUnknownFailOnCategoryIsAUsageError() {
        Run run = check("--fail-on", "stale,rotten");
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("'rotten' is not a flag category; use stale, overdue, action-items, verify (comma-separated) or none.");
    }

    @Test
    void anUnknownVerifyModeIsAUsageErrorListingTheModes() {
        Run run = check("--verify=sometimes");
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("'sometimes' is not a verify mode; use off, cached or fresh (true means cached, false means off).");
    }
}
