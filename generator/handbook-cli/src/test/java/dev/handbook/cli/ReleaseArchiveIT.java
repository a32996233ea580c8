package dev.handbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.cli.ReleaseArchive.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release archive, unpacked into a temp folder outside the repository and run with a bare environment: it
 * builds the example with only a Java runtime, makes its class-data archive where it was unpacked, prefers
 * JAVA_HOME, and says what to do when there is no Java.
 */
class ReleaseArchiveIT {

    @TempDir static Path dir;
    static Path install;

    @BeforeAll
    static void unpack() throws Exception {
        assertThat(dir.toRealPath().startsWith(CliFixture.EXAMPLE.toRealPath())).as("temp folder outside the repository").isFalse();
        install = ReleaseArchive.unpack(dir.resolve("my tools")); // a space in the path, as in many a home folder
    }

    @Test
    void theTarAndTheZipHoldTheLauncherTheJarTheSchemasTheCompletionAndTheLicences() throws Exception {
        List<String> tar = ReleaseArchive.run(dir, Map.of(), "tar", "-tzf", ReleaseArchive.tarGz().toString()).out().lines()
                .filter(entry -> !entry.endsWith("/")).sorted().toList();
        TreeSet<String> zip = new TreeSet<>();
        try (ZipFile file = new ZipFile(ReleaseArchive.zip().toFile())) {
            Collections.list(file.entries()).stream().filter(entry -> !entry.isDirectory()).forEach(entry -> zip.add(entry.getName()));
        }

        String base = ReleaseArchive.baseName() + "/";
        assertThat(tar).containsAll(List.of(base + "bin/handbook", base + "bin/handbook.bat", base + "lib/handbook.jar",
                base + "lib/handbook.classlist", base + "completion/handbook", base + "licenses/THIRD-PARTY.txt",
                base + "LICENSE", base + "README.md", base + "schemas/runbook.schema.json", base + "schemas/handbook-config.schema.json"));
        assertThat(tar.stream().filter(entry -> entry.startsWith(base + "schemas/"))).hasSize(9);
        assertThat(zip).containsExactlyElementsOf(tar);
        assertThat(Files.isExecutable(install.resolve("bin/handbook"))).as("bin/handbook is executable").isTrue();
        assertThat(Files.readString(install.resolve("bin/handbook.bat"))).contains("\r\n", "\\lib\\handbook.jar").doesNotContain("\n\n");
        assertThat(Files.readString(install.resolve("licenses/THIRD-PARTY.txt")))
                .contains("org.freemarker:freemarker:", "org.commonmark:commonmark:", "info.picocli:picocli:",
                        "org.asciidoctor:asciidoctorj:", "org.eclipse.jetty:jetty-server:", "org.jruby:jruby:").doesNotContain("Unknown license");
        assertThat(install.resolve("licenses/freemarker-jar/META-INF/LICENSE")).exists();
        assertThat(Files.readString(install.resolve("completion/handbook"))).contains("complete -F", "build", "serve", "new");
    }

    @Test
    void buildsTheExampleWithABareEnvironmentAndMakesItsClassDataArchiveOnce() throws Exception {
        Path team = CliFixture.copy(CliFixture.EXAMPLE, dir.resolve("team"));
        String launcher = install.resolve("bin/handbook").toString();

        Run first = ReleaseArchive.run(team, Map.of("HANDBOOK_JAVA_OPTS", "-XshowSettings:properties"), launcher, "build");

        assertThat(first.exit()).as(first.out() + first.err()).isZero();
        assertThat(first.out()).contains("into target/handbook", team.resolve("target/handbook/index.html").toUri().toString());
        assertThat(team.resolve("target/handbook/spof-matrix.html")).exists();
        assertThat(Files.readString(team.resolve("target/handbook/runbooks/postgres-failover.html"), StandardCharsets.UTF_8)).contains("<h1>");
        assertThat(first.err()).contains("preparing the start-up archive")
                .contains("java.class.path = " + install.resolve("lib/handbook.jar").toRealPath())
                .doesNotContain(CliFixture.EXAMPLE.toString() + "/", ".m2");

        // -Xshare:on stops the JVM when the archive cannot be used: the one made above fits this installation.
        Run second = ReleaseArchive.run(team, Map.of("HANDBOOK_JAVA_OPTS", "-Xshare:on"), launcher, "build", "--out", "public");

        assertThat(second.exit()).as(second.out() + second.err()).isZero();
        assertThat(second.err()).doesNotContain("preparing");
        assertThat(team.resolve("public/index.html")).exists();
    }

    @Test
    void javaHomeIsPreferredToThePath() throws Exception {
        Path jdk = Files.createDirectories(dir.resolve("jdk/bin"));
        Path marker = dir.resolve("jdk/used");
        Path java = Files.writeString(jdk.resolve("java"), "#!/bin/sh\ntouch '" + marker + "'\nexec '"
                + Path.of(System.getProperty("java.home"), "bin/java") + "' \"$@\"\n");
        assertThat(java.toFile().setExecutable(true)).isTrue();

        Run run = ReleaseArchive.run(dir, Map.of("JAVA_HOME", jdk.getParent().toString(), "HANDBOOK_CDS", "off"),
                install.resolve("bin/handbook").toString(), "--version");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("handbook " + ReleaseArchive.baseName().substring("handbook-".length()) + " (");
        assertThat(marker).exists();
    }

    @Test
    void withoutJavaItSaysHowToGetOne() throws Exception {
        Path tools = Files.createDirectories(dir.resolve("tools-without-java"));
        for (String tool : List.of("dirname", "readlink", "cat", "ls")) {
            Files.createSymbolicLink(tools.resolve(tool), Path.of("/usr/bin", tool));
        }

        Run run = ReleaseArchive.run(dir, Map.of("PATH", tools.toString()), install.resolve("bin/handbook").toString(), "build");

        assertThat(run.exit()).isEqualTo(ExitCodes.INTERNAL);
        assertThat(run.err()).contains("no Java runtime found", "JAVA_HOME");
    }
}
