package dev.handbook.gameday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.handbook.ScratchHandbook;
import dev.handbook.Snapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/** The drill record gameday.js writes: free-text notes survive YAML quoting, and the record builds as a drill. */
class GameDayRecordTest {

    /** Notes a responder might type: quotes, a colon, a comment sign, a newline, a backslash, a YAML indicator. */
    static final String HOSTILE = "said \"fine\": it wasn't # really\nsecond line \\ - [x] &a *b";

    @TempDir
    Path root;

    @Test
    void hostileNotesRoundTripAndTheRecordBuildsAsAGameDay() throws Exception {
        String yaml = record();
        Map<String, Object> parsed = new Yaml().load(yaml);
        assertThat(parsed).containsEntry("kind", "game-day").containsEntry("runbook", "b").containsEntry("outcome", "partial");
        assertThat(parsed.get("rto_measured")).isEqualTo("95s");
        assertThat(parsed.get("findings")).isEqualTo(List.of("Step 2 (Promote: it): " + HOSTILE));
        assertThat(yaml).contains("#   1. 30s Stop");

        Snapshot snapshot = new ScratchHandbook(root)
                .write("content/runbooks/b.md", "---\ntitle: Fail over\nowner: team-data\nlast_reviewed: 2026-11-01\n---\n1. Stop\n2. Promote\n")
                .write("content/drills/2026-11-20-b-game-day.yaml", yaml)
                .snapshot();
        String page = snapshot.pages().get("drills/2026-11-20-b-game-day.html").text();
        assertThat(page).contains("1m 35s").contains("said &quot;fine&quot;: it wasn't # really").contains("Game day: Fail over");
    }

    /** Runs the record function of the shipped gameday.js under Node (the browser test covers it in Chromium). */
    private String record() throws IOException, InterruptedException {
        Path script = Path.of("src/main/resources/handbook/static/gameday.js").toAbsolutePath();
        String run = "{\"runbook\":\"b\",\"title\":\"Fail over\",\"date\":\"2026-11-20\",\"started\":1000,\"stopped\":96000,"
                + "\"steps\":[{\"number\":1,\"text\":\"Stop\",\"at\":30000,\"gap\":\"\"},"
                + "{\"number\":2,\"text\":\"Promote: it\",\"at\":null,\"gap\":" + json(HOSTILE) + "}]}";
        String driver = "global.window={};global.document={readyState:'complete',querySelectorAll:()=>[]};"
                + "require(" + json(script.toString()) + ");process.stdout.write(window.handbookGameDay.record(" + run + "));";
        Process node;
        try {
            node = new ProcessBuilder("node", "-e", driver).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "node is not installed");
            throw e;
        }
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor()).as(out).isZero();
        Files.writeString(root.resolve("record.yaml"), out);
        return out;
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
