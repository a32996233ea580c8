package dev.handbook.cli;

import dev.handbook.HandbookException;
import dev.handbook.model.EntryKind;
import dev.handbook.schema.JsonSchemaWriter;
import dev.handbook.schema.ShippedSchemas;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code handbook schemas [--out DIR]}: writes the JSON Schemas of every record kind and the site config for editors. */
@Command(
        name = "schemas",
        mixinStandardHelpOptions = true,
        description = {
            "Writes the JSON Schemas of every record kind and of site/handbook.yaml, the same rules the build checks, so an"
                    + " editor flags a wrong field while you type. Overwrites only the *.schema.json files it writes.",
            "Then map them in your editor (docs/editors.md), or start a YAML record with"
                    + " `# yaml-language-server: $schema=<path to its schema>`."
        })
final class SchemasCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write them (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("site/schemas");

    @Override
    public Integer call() {
        PrintWriter print = spec.commandLine().getOut();
        try {
            Files.createDirectories(out);
            for (String name : ShippedSchemas.fileNames()) {
                Files.writeString(out.resolve(name), ShippedSchemas.read(name));
                print.println("wrote " + out.resolve(name));
            }
        } catch (IOException e) {
            throw new HandbookException("Cannot write the schemas to " + out + ": " + e.getMessage() + ". Choose a folder you can write with --out.");
        }
        print.println();
        print.println("VS Code (redhat.vscode-yaml), in .vscode/settings.json:");
        print.println("  \"yaml.schemas\": {");
        for (EntryKind kind : EntryKind.values()) {
            print.println("    \"" + out.resolve(JsonSchemaWriter.fileName(kind)) + "\": \"content/" + kind.defaultFolder() + "/*.yaml\",");
        }
        print.println("    \"" + out.resolve(ShippedSchemas.CONFIG) + "\": \"site/handbook.yaml\"");
        print.println("  }");
        return ExitCodes.OK;
    }
}
