package dev.handbook.formats;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** The real-client tests' view of {@link dev.handbook.testing.ToolRun}, shared with the CLI's tests. */
final class ToolRun {

    private ToolRun() {}

    static boolean onPath(String tool) {
        return dev.handbook.testing.ToolRun.onPath(tool);
    }

    static String run(Path dir, Map<String, String> env, String... command) throws IOException, InterruptedException {
        return dev.handbook.testing.ToolRun.run(dir, env, command);
    }

    static Map<String, String> checksums(Path dir) throws IOException {
        return dev.handbook.testing.ToolRun.checksums(dir);
    }
}
