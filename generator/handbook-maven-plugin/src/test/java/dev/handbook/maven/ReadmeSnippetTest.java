package dev.handbook.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's pom snippet is the one the readme-snippet integration test runs, so it works as pasted. */
class ReadmeSnippetTest {

    @Test
    void theReadmeSnippetIsTheTestedPom() throws Exception {
        Matcher readme = Pattern.compile("```xml\\n(<build>.*?</reporting>)\\n```", Pattern.DOTALL)
                .matcher(Files.readString(Path.of("../../README.md")));
        assertThat(readme.find()).as("README has the pom snippet").isTrue();
        String tested = Files.readString(Path.of("src/it/readme-snippet/pom.xml")).replace("@project.version@", "0.1.0-SNAPSHOT");

        assertThat(tested).contains(readme.group(1));
    }
}
