package dev.handbook.layout;

import dev.handbook.model.EntryKind;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A folder of records {@code handbook init} found, as it will be written under {@code sources:}.
 *
 * @param path relative to the repository, forward slashes
 * @param formats the number of records per format ({@code native}, {@code adr-tools}, {@code madr}, …)
 * @param defaults placeholders for required fields some of its records do not set, e.g. {@code owner: unassigned}
 * @param missing required fields some records lack that no placeholder can stand for (a date), with how many lack it
 * @param exclude files of a record type that no format reads, relative to {@code path}; left out so the build works
 * @param skipped files the build will skip, by reason (template files)
 */
public record FoundSource(
        String path, EntryKind kind, SortedMap<String, Integer> formats, SortedMap<String, String> defaults, SortedMap<String, Integer> missing,
        List<String> exclude, SortedMap<String, Integer> skipped) {

    public FoundSource {
        Objects.requireNonNull(path, "path must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        formats = new TreeMap<>(formats);
        defaults = new TreeMap<>(defaults);
        missing = new TreeMap<>(missing);
        exclude = List.copyOf(exclude);
        skipped = new TreeMap<>(skipped);
    }

    /** How many records it holds, in every format. */
    public int records() {
        return formats.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** {@code 3 records: 2 adr-tools, 1 native}. */
    public String summary() {
        int total = records();
        return total + (total == 1 ? " record" : " records") + (formats.isEmpty() ? "" : ": " + formats.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey()).collect(java.util.stream.Collectors.joining(", ")));
    }

    /** Whether it is the folder a build reads for its kind anyway ({@code content/runbooks}), as native files. */
    public boolean isDefaultFolder() {
        return path.equals(LayoutDetector.CONTENT + "/" + kind.defaultFolder()) && defaults.isEmpty() && exclude.isEmpty()
                && formats.keySet().equals(java.util.Set.of(dev.handbook.formats.FormatReaders.NATIVE));
    }
}
