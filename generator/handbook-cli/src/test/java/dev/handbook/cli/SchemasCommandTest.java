package dev.handbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code handbook schemas}: the schemas an editor needs, from the jar, the same as the repository's schemas/. */
class SchemasCommandTest {

    @TempDir Path dir;

    @Test
    void writesEverySchemaAsCheckedInAndTellsHowToMapThem() throws Exception {
        CliRun cli = new CliRun();
        Path target = dir.resolve("site/schemas");

        assertThat(cli.run("schemas", "--out", target.toString())).isEqualTo(ExitCodes.OK);

        try (var repo = Files.list(Path.of("../../schemas"))) {
            for (Path schema : repo.toList()) {
                assertThat(target.resolve(schema.getFileName())).as(schema.getFileName().toString()).hasSameTextualContentAs(schema);
            }
        }
        assertThat(cli.out.toString())
                .contains("wrote " + target.resolve("spof.schema.json"))
                .contains("\"" + target.resolve("spof.schema.json") + "\": \"content/spofs/*.yaml\"")
                .contains("\"" + target.resolve("handbook-config.schema.json") + "\": \"site/handbook.yaml\"");
    }
}
