package dev.handbook.cli;

import dev.handbook.testing.ToolRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Repositories whose ADRs the real adr-tools (Debian's {@code adr}) wrote, for the tests of handbook on them. */
final class AdrToolsRepo {

    private AdrToolsRepo() {}

    /**
     * {@code repo}, made if needed, after {@code adr init folder} dated 2024-05-02 (which writes ADR 1). Skips the test
     * when adr-tools is missing, or fails it under {@code CI=true}, where {@code .ci/run} installs it.
     */
    static Path init(Path repo, String folder) throws Exception {
        ToolRun.assumeInstalled(ToolRun.onPath("adr"), "adr-tools is not installed (apt-get install adr-tools)");
        Files.createDirectories(repo);
        ToolRun.run(repo, Map.of("ADR_DATE", "2024-05-02"), "adr", "init", folder);
        return repo;
    }

    /** {@code adr new words…} (options such as {@code -s 2} first) dated {@code date}. */
    static void adrNew(Path repo, String date, String... words) throws Exception {
        List<String> command = new ArrayList<>(List.of("adr", "new"));
        command.addAll(List.of(words));
        ToolRun.run(repo, Map.of("ADR_DATE", date), command.toArray(String[]::new));
    }
}
