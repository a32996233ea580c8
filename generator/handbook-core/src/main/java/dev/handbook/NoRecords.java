package dev.handbook;

import dev.handbook.config.ConfigLoader;
import dev.handbook.config.HandbookConfig;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.Severity;
import dev.handbook.diagnostics.SourcePosition;
import dev.handbook.model.EntryKind;
import dev.handbook.parse.ParsedFile;
import dev.handbook.source.DisplayPaths;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A build that finds no record at all is an error: an empty site published without a word hides a wrong folder or a
 * format nobody read. When files had errors of their own, those already say why, and this is not added.
 */
final class NoRecords {

    private NoRecords() {}

    static void check(List<ParsedFile> files, BuildOptions options, HandbookConfig config, Diagnostics diagnostics) {
        boolean anyRecord = files.stream().anyMatch(f -> !f.entries().isEmpty());
        boolean explained = diagnostics.hasErrors() || files.stream().anyMatch(f -> f.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR));
        if (anyRecord || explained) {
            return;
        }
        DisplayPaths paths = new DisplayPaths(options.displayBase());
        String skipped = files.isEmpty() ? "" : " (" + files.size() + " file" + (files.size() == 1 ? " was" : "s were") + " skipped as not records)";
        if (!config.listsSources()) {
            String folders = Arrays.stream(EntryKind.values()).map(k -> config.folder(k) + "/").collect(Collectors.joining(", "));
            diagnostics.error("source.empty", SourcePosition.file(paths.of(options.content())),
                    "No records found: none of this folder's " + folders + " holds a record file" + skipped + ".",
                    "Add a record, e.g. " + paths.of(options.content()) + "/runbooks/first.md with front matter, or list the folders your"
                            + " records are in under `sources:` in site/handbook.yaml.");
        } else {
            diagnostics.error("source.empty", SourcePosition.file(paths.of(options.site().resolve(ConfigLoader.FILE_NAME))),
                    "No records found in the folders listed under `sources:`" + skipped + ".",
                    "Check each source's `path`, `include` and `exclude`, and its `format:` (`auto` reads handbook's own front matter and every known format).");
        }
    }
}
