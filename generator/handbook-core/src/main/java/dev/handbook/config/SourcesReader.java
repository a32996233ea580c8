package dev.handbook.config;

import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.formats.FormatReaders;
import dev.handbook.model.EntryKind;
import dev.handbook.parse.FieldReader;
import dev.handbook.parse.Fields;
import dev.handbook.schema.Schemas;
import dev.handbook.yaml.YamlMap;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads the {@code sources:} list of the site config. A path that is absolute or leads outside the repository, a glob
 * that does not parse and defaults that do not fit the kind are errors at their place in the config file.
 */
final class SourcesReader {

    List<SourceConfig> read(List<Fields> entries, Diagnostics diagnostics) {
        List<SourceConfig> sources = new ArrayList<>();
        for (Fields f : entries) {
            Optional<EntryKind> kind = Arrays.stream(EntryKind.values()).filter(k -> k.key().equals(f.string("kind"))).findFirst();
            String path = f.string("path");
            if (kind.isEmpty() || path == null) {
                continue; // the field reader has reported it
            }
            String folder = path.replace('\\', '/');
            if (folder.isBlank() || folder.startsWith("/") || Arrays.asList(folder.split("/")).contains("..")) {
                diagnostics.error("config.source", f.position("path"),
                        "Source path '" + path + "' must be a folder inside the repository, relative to the folder that holds site/.",
                        "Write a path such as `docs/adr`, without `..` or a leading `/`.");
                continue;
            }
            boolean globsValid = globs(f, "include", diagnostics) & globs(f, "exclude", diagnostics);
            YamlMap defaults = f.mapping("defaults").orElse(new YamlMap(List.of(), f.where()));
            if (globsValid && defaultsFit(defaults, kind.get(), diagnostics)) {
                String normal = Path.of(folder).normalize().toString().replace('\\', '/');
                sources.add(new SourceConfig(normal.isEmpty() ? "." : normal, kind.get(), f.string("format", FormatReaders.AUTO),
                        f.strings("include"), f.strings("exclude"), defaults, f.position("path"), f.position("format")));
            }
        }
        return sources;
    }

    private static boolean globs(Fields f, String field, Diagnostics diagnostics) {
        for (String glob : f.strings(field)) {
            try {
                FileSystems.getDefault().getPathMatcher("glob:" + glob);
            } catch (IllegalArgumentException e) {
                diagnostics.error("config.source", f.position(field), "'" + glob + "' is not a valid glob: " + e.getMessage() + ".",
                        "Write a glob such as `**.md` or `templates/**`.");
                return false;
            }
        }
        return true;
    }

    /** Defaults are checked as fields of the kind, except that they need not be complete: no field is required. */
    private static boolean defaultsFit(YamlMap defaults, EntryKind kind, Diagnostics diagnostics) {
        Diagnostics own = new Diagnostics();
        new FieldReader().read(defaults, Schemas.forKind(kind), own);
        List<Diagnostic> problems = own.sorted().stream().filter(d -> !d.code().equals("field.missing")).toList();
        problems.forEach(diagnostics::report);
        return problems.stream().noneMatch(d -> d.severity() == dev.handbook.diagnostics.Severity.ERROR);
    }
}
