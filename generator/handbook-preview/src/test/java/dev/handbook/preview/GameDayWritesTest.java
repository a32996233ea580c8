package dev.handbook.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.Handbook;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jetty.http.HttpTester;
import org.eclipse.jetty.server.LocalConnector;
import org.eclipse.jetty.server.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `handbook serve --allow-write`: the preview saves a game-day record for its own pages only, and only as a new file. */
class GameDayWritesTest {

    static final String RECORD = "title: \"Game day: Fail over the database\"\nowner: team-data\ndate: 2026-11-23\nkind: game-day\n"
            + "runbook: fix-it\nscenario: \"Ran the runbook as a game day.\"\nrto_measured: 95s\noutcome: partial\n"
            + "findings:\n  - \"Step 2 (Promote): the \\\"promote\\\" command: needs sudo # not in the runbook\"\n";

    @TempDir Path root;
    Handbook handbook;
    Server server;
    LocalConnector connector;
    GameDayWrites writes;
    Path drills;

    void start(boolean allowWrite) throws Exception {
        var options = PreviewFixture.write(root);
        handbook = new Handbook();
        PreviewSite site = new PreviewSite(handbook.snapshot(options, true));
        drills = root.resolve("content/drills");
        writes = allowWrite ? new GameDayWrites(drills, "content/drills") : null;
        server = new Server();
        connector = new LocalConnector(server);
        server.addConnector(connector);
        server.setHandler(new HostCheck(new AllowedHosts("127.0.0.1", () -> 8000),
                new PreviewHandler(site, new ReloadStreams(site, StreamLimits.DEFAULTS), writes)));
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.stop();
        handbook.close();
    }

    HttpTester.Response post(String token, String origin, String body) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String request = "POST /_handbook/drills HTTP/1.1\r\nHost: 127.0.0.1:8000\r\nConnection: close\r\n"
                + (token == null ? "" : "X-Handbook-Token: " + token + "\r\n") + (origin == null ? "" : "Origin: " + origin + "\r\n")
                + "Content-Type: text/plain;charset=utf-8\r\nContent-Length: " + bytes.length + "\r\n\r\n" + body;
        return HttpTester.parseResponse(connector.getResponse(request));
    }

    @Test
    void withoutTheFlagNothingCanBeWrittenAndPagesCarryNoToken() throws Exception {
        start(false);

        assertThat(post("anything", null, RECORD).getStatus()).isEqualTo(405);
        assertThat(HttpTester.parseResponse(connector.getResponse("GET /runbooks/fix-it.html HTTP/1.1\r\nHost: 127.0.0.1:8000\r\nConnection: close\r\n\r\n"))
                .getContent()).doesNotContain("handbook-write-token");
        assertThat(drills).doesNotExist();
    }

    @Test
    void thePreviewsOwnPageSavesTheRecordUnderANameTheServerMakesAndNeverOverwrites() throws Exception {
        start(true);
        String page = HttpTester.parseResponse(connector.getResponse("GET /runbooks/fix-it.html HTTP/1.1\r\nHost: 127.0.0.1:8000\r\nConnection: close\r\n\r\n"))
                .getContent();
        assertThat(page).contains("<meta name=\"handbook-write-token\" content=\"" + writes.token() + "\">");

        HttpTester.Response first = post(writes.token(), "http://127.0.0.1:8000", RECORD);
        HttpTester.Response second = post(writes.token(), null, RECORD);

        assertThat(first.getStatus()).as(first.getContent()).isEqualTo(201);
        assertThat(first.getContent()).isEqualTo("content/drills/2026-11-23-fix-it-game-day.yaml");
        assertThat(second.getContent()).isEqualTo("content/drills/2026-11-23-fix-it-game-day-2.yaml");
        assertThat(Files.readString(drills.resolve("2026-11-23-fix-it-game-day.yaml"))).isEqualTo(RECORD);
        assertThat(drills.resolve("2026-11-23-fix-it-game-day-2.yaml")).exists();
    }

    @Test
    void anotherSitesPageOrAWrongTokenIsRefusedAndWritesNothing() throws Exception {
        start(true);

        assertThat(post(null, null, RECORD).getStatus()).isEqualTo(403);
        assertThat(post("0".repeat(64), null, RECORD).getStatus()).isEqualTo(403);
        HttpTester.Response foreign = post(writes.token(), "https://evil.example", RECORD);
        assertThat(foreign.getStatus()).isEqualTo(403);
        assertThat(foreign.getContent()).contains("a page of https://evil.example may not");
        assertThat(drills).doesNotExist();
    }

    @Test
    void aBodyThatIsNoDrillRecordIsRefusedWithWhatTheBuildWouldSay() throws Exception {
        start(true);

        HttpTester.Response bad = post(writes.token(), null, "title: Half a record\nkind: game-day\n");

        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContent()).startsWith("Not a drill record the handbook would build:").contains("game-day record:", "date");
        assertThat(drills).doesNotExist();
    }
}
