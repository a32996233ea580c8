package dev.handbook.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.config.ConfigLoader;
import dev.handbook.config.HandbookConfig;
import dev.handbook.diagnostics.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A repository written file by file into a temporary folder and scanned with a config, for the scanning tests. */
record ScanFixture(Path root) {

    /** The sources {@code config} (a site/handbook.yaml text) lists, knowing the formats {@code formats}. */
    SourceSet scan(String config, List<String> formats) {
        Diagnostics problems = new Diagnostics();
        HandbookConfig loaded = new ConfigLoader().load(config, "site/handbook.yaml", problems);
        assertThat(problems.sorted()).as("config problems").isEmpty();
        return new SourceScanner().scan(root.resolve("content"), root, loaded, new DisplayPaths(root), formats);
    }

    void write(String path, String text) throws IOException {
        Files.createDirectories(root.resolve(path).getParent());
        Files.writeString(root.resolve(path), text);
    }
}
