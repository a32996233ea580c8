package dev.handbook.config;

import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.formats.FormatReaders;
import dev.handbook.model.EntryKind;
import dev.handbook.schema.FieldReader;
import dev.handbook.schema.Fields;
import dev.handbook.schema.Schemas;
import dev.handbook.schema.RecordSchema;
import dev.handbook.yaml.YamlMap;
import dev.handbook.yaml.YamlScalar;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
            if (kind.isEmpty()) {
                continue; // the field reader has reported it, or it is a source of alert rules
            }
            Optional<String> checked = folder(f, diagnostics);
            if (checked.isEmpty()) {
                continue;
            }
            String folder = checked.get();
            boolean globsValid = globs(f, "include", diagnostics) & globs(f, "exclude", diagnostics);
            YamlMap defaults = f.mapping("defaults").orElse(new YamlMap(List.of(), f.where()));
            Optional<Map<String, String>> renames = renames(f, kind.get(), diagnostics);
            if (globsValid && defaultsFit(defaults, kind.get(), diagnostics) && renames.isPresent()) {
                String normal = Path.of(folder).normalize().toString().replace('\\', '/');
                sources.add(new SourceConfig(normal.isEmpty() ? "." : normal, kind.get(), f.string("format", FormatReaders.AUTO),
                        f.strings("include"), f.strings("exclude"), defaults, renames.get(), map(f), f.position("path"), f.position("format")));
            }
        }
        return sources;
    }

    /** The sources of Prometheus rule files: the entries with {@code kind: alert}. */
    List<AlertSource> alertSources(List<Fields> entries, Diagnostics diagnostics) {
        List<AlertSource> sources = new ArrayList<>();
        for (Fields f : entries) {
            if (!AlertSource.KIND.equals(f.string("kind"))) {
                continue;
            }
            String format = f.string("format", AlertSource.FORMATS.get(0));
            if (!AlertSource.FORMATS.contains(format)) {
                diagnostics.error("config.format", f.position("format"), "A source of alert rules has no format '" + format + "'.",
                        "Write `format: prometheus` (or leave it out): rule groups and PrometheusRule objects are both read.");
                continue;
            }
            folder(f, diagnostics).ifPresent(folder -> sources.add(new AlertSource(folder, f.position("path"))));
        }
        return sources;
    }

    /** The entry's {@code path}, normalised, if it is a folder inside the repository; reported if it is not. */
    private static Optional<String> folder(Fields f, Diagnostics diagnostics) {
        String path = f.string("path");
        if (path == null) {
            return Optional.empty(); // the field reader has reported it
        }
        String folder = path.replace('\\', '/');
        if (folder.isBlank() || folder.startsWith("/") || Arrays.asList(folder.split("/")).contains("..")) {
            diagnostics.error("config.source", f.position("path"),
                    "Source path '" + path + "' must be a folder inside the repository, relative to the folder that holds site/.",
                    "Write a path such as `docs/adr`, without `..` or a leading `/`.");
            return Optional.empty();
        }
        return Optional.of(folder);
    }

    /** The {@code map:} of names to target ids; a value is one id or a list (the field reader checked the shape). */
    private static Map<String, List<String>> map(Fields f) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (YamlMap.Entry entry : f.mapping("map").map(YamlMap::entries).orElse(List.of())) {
            List<String> ids = entry.value() instanceof YamlScalar one ? List.of(one.text())
                    : entry.value() instanceof dev.handbook.yaml.YamlList list
                            ? list.items().stream().filter(YamlScalar.class::isInstance).map(i -> ((YamlScalar) i).text()).toList() : List.of();
            map.put(entry.key().toLowerCase(java.util.Locale.ROOT), ids);
        }
        return map;
    }

    /** The {@code fields:} map, if every value is a field of the kind; empty (reported) if one is not. */
    private static Optional<Map<String, String>> renames(Fields f, EntryKind kind, Diagnostics diagnostics) {
        Map<String, String> renames = new LinkedHashMap<>();
        boolean valid = true;
        for (YamlMap.Entry entry : f.mapping("fields").map(YamlMap::entries).orElse(List.of())) {
            RecordSchema schema = Schemas.forKind(kind);
            if (entry.value() instanceof YamlScalar to && !to.isNull() && schema.field(to.text()).isPresent()) {
                renames.put(entry.key(), to.text());
            } else {
                valid = false;
                diagnostics.error("config.source", entry.value().position(),
                        "`fields:` renames '" + entry.key() + "' to " + (entry.value() instanceof YamlScalar to ? "'" + to.text() + "'" : entry.value().describe())
                                + ", which is not a field of " + kind.withArticle() + ".",
                        "Write `" + entry.key() + ": <field>` with one of: " + String.join(", ", schema.fieldNames()) + ".");
            }
        }
        return valid ? Optional.of(renames) : Optional.empty();
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
