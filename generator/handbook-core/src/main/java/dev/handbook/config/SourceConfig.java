package dev.handbook.config;

import dev.handbook.diagnostics.SourcePosition;
import dev.handbook.formats.FormatReaders;
import dev.handbook.model.EntryKind;
import dev.handbook.yaml.YamlMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of {@code sources:} in {@code site/handbook.yaml}: a folder of records read where it is.
 *
 * @param path the folder relative to the repository root, forward slashes, never leading outside it
 * @param format {@link FormatReaders#AUTO}, {@link FormatReaders#NATIVE} or a format reader's name
 * @param include globs relative to {@code path} that a file must match (any of them); empty means every file
 * @param exclude globs relative to {@code path} of files not to read
 * @param defaults fields a file gets when it does not set them (an empty mapping when none)
 * @param fields renames of front matter keys of another vocabulary to the kind's fields ({@code start_time: date}),
 *     applied before the fields are checked
 * @param map the records evidence belongs to by a name it carries (stanza, namespace, schedule, experiment), keys
 *     folded to lower case; empty when not given
 * @param where where {@code path} was written, for problems with the folder
 * @param formatAt where {@code format} was written (or the entry, when it was not)
 */
public record SourceConfig(
        String path, EntryKind kind, String format, List<String> include, List<String> exclude, YamlMap defaults,
        Map<String, String> fields, Map<String, List<String>> map, SourcePosition where, SourcePosition formatAt) {

    public SourceConfig {
        Objects.requireNonNull(path, "path must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(format, "format must not be null");
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        Objects.requireNonNull(defaults, "defaults must not be null");
        fields = Map.copyOf(fields);
        map = Map.copyOf(map);
    }
}
