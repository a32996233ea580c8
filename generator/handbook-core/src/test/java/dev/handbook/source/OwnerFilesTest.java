package dev.handbook.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.yaml.YamlMap;
import dev.handbook.yaml.YamlScalar;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A source file's default owner comes from the nearest OWNERS file, else CODEOWNERS, and both are counted as skipped. */
class OwnerFilesTest {

    @TempDir Path root;

    private SourceSet scan(String config) {
        return new ScanFixture(root).scan(config, List.of());
    }

    private void write(String path, String text) throws IOException {
        new ScanFixture(root).write(path, text);
    }

    /** Each file's default owner, and where it was written, as {@code owner @ path:line:column}. */
    private static Map<String, String> owners(SourceSet set) {
        return set.files().stream().collect(java.util.stream.Collectors.toMap(SourceFile::displayPath, f -> owner(f.defaults())));
    }

    private static String owner(YamlMap defaults) {
        Optional<YamlMap.Entry> owner = defaults.entry("owner");
        return owner.map(e -> ((YamlScalar) e.value()).text() + " @ " + e.value().position().path() + ":" + e.value().position().line() + ":"
                + e.value().position().column()).orElse("none");
    }

    @Test
    void nearestKubernetesOwnersFileGivesItsFirstApproverOverTheSourcesDefault() throws IOException {
        write("runbooks/OWNERS", "# see https://go.k8s.io/owners\napprovers:\n  - team-platform\n  - ana\nreviewers: [ben]\n");
        write("runbooks/redis/OWNERS", "approvers: ['@team-cache']\n");
        write("runbooks/KubePodNotReady.md", "# Pod not ready\n");
        write("runbooks/redis/RedisDown.md", "# Redis down\n");
        write("runbooks/redis/deep/RedisSlow.md", "# Redis slow\n");

        SourceSet set = scan("sources:\n  - {path: runbooks, kind: runbook, defaults: {owner: team-fallback, review_every: 180d}}\n");

        assertThat(owners(set)).isEqualTo(Map.of(
                "runbooks/KubePodNotReady.md", "team-platform @ runbooks/OWNERS:3:5",
                "runbooks/redis/RedisDown.md", "team-cache @ runbooks/redis/OWNERS:1:13",
                "runbooks/redis/deep/RedisSlow.md", "team-cache @ runbooks/redis/OWNERS:1:13"));
        assertThat(set.files().get(0).defaults().entry("review_every")).as("other defaults kept").isPresent();
        assertThat(set.skipped()).isEqualTo(Map.of(OwnerFiles.SKIPPED, List.of("runbooks/OWNERS", "runbooks/redis/OWNERS")));
    }

    @Test
    void plainLineOwnersFileGivesItsFirstOwnerSkippingCommentsAndDirectives() throws IOException {
        write("incidents/OWNERS", "# owners\nset noparent\nsre-oncall@example.com  # primary\nana@example.com\n");
        write("incidents/2024-05-02-x.md", "# X\n");

        SourceSet set = scan("sources:\n  - {path: incidents, kind: postmortem}\n");

        assertThat(owners(set)).containsEntry("incidents/2024-05-02-x.md", "sre-oncall@example.com @ incidents/OWNERS:3:1");
    }

    @Test
    void codeownersGivesTheOwnerOfTheLastMatchingLineWithoutOwnersFileNearer() throws IOException {
        write(".github/CODEOWNERS", """
                *                    @acme/everyone
                /runbooks/           @acme/sre
                *.erb                @acme/govuk
                runbooks/legacy/     
                """);
        write("runbooks/a.md", "# A\n");
        write("runbooks/deploy.html.md.erb", "# Deploy\n");
        write("runbooks/legacy/old.md", "# Old\n");
        write("docs/adr/0001-x.md", "# 1. X\n");

        SourceSet set = scan("sources:\n  - {path: runbooks, kind: runbook}\n  - {path: docs/adr, kind: adr}\n");

        assertThat(owners(set)).isEqualTo(Map.of(
                "runbooks/a.md", "acme/sre @ .github/CODEOWNERS:2:22",
                "runbooks/deploy.html.md.erb", "acme/govuk @ .github/CODEOWNERS:3:22",
                "runbooks/legacy/old.md", "none",
                "docs/adr/0001-x.md", "acme/everyone @ .github/CODEOWNERS:1:22"));
    }

    @Test
    void codeownersPatternsFollowGithubsRules() {
        CodeOwners owners = CodeOwners.parse("""
                docs/*        @docs-top
                apps/         @apps-any
                /build/logs/  @logs
                **/secret.md  @sec
                """, "CODEOWNERS");

        assertThat(owners.ownerOf("docs/a.md").map(CodeOwners.Owner::name)).contains("docs-top");
        assertThat(owners.ownerOf("x/docs/a.md")).as("a slash anchors at the root").isEmpty();
        assertThat(owners.ownerOf("docs/a/b.md")).as("docs/* owns only the files directly in docs").isEmpty();
        assertThat(owners.ownerOf("x/apps/y/z.md").map(CodeOwners.Owner::name)).as("a trailing slash only matches at any depth").contains("apps-any");
        assertThat(owners.ownerOf("build/logs/a/b.md").map(CodeOwners.Owner::name)).contains("logs");
        assertThat(owners.ownerOf("a/b/secret.md").map(CodeOwners.Owner::name)).contains("sec");
        assertThat(owners.ownerOf("build/logs.md")).isEmpty();
    }
}
