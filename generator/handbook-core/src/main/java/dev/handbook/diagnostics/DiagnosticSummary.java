package dev.handbook.diagnostics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The diagnostics of a build grouped by code, for reports too long to read line by line: per code the count, the
 * first example in file order and its fix. The CLI and the Maven plugin print it before the full list when there are
 * more than {@link #SCREENFUL} diagnostics, so the few kinds of mistake behind hundreds of lines are seen first.
 *
 * <p>Immutable and thread-safe.
 */
public final class DiagnosticSummary {

    /** More diagnostics than this do not fit a terminal, so the summary comes first. */
    public static final int SCREENFUL = 40;

    /**
     * The diagnostics of one code.
     *
     * @param example the first of them by position, whose hint is the fix for all
     */
    public record Group(String code, Severity severity, int count, Diagnostic example) {

        /** {@code  120 × adr.status (error), e.g. docs/adr/0001-x.md:3:1: Unknown status 'Done'. Fix: …}. */
        public String line() {
            String fix = example.hint().isEmpty() ? "" : " Fix: " + example.hint();
            return String.format("%5d × %s (%s), e.g. %s: %s%s", count, code, severity.label(), example.where(), example.message(), fix);
        }
    }

    private final List<Group> groups;

    private DiagnosticSummary(List<Group> groups) {
        this.groups = List.copyOf(groups);
    }

    /** Groups {@code diagnostics}: errors before warnings, then the most frequent code first, then by code. */
    public static DiagnosticSummary of(List<Diagnostic> diagnostics) {
        Map<String, List<Diagnostic>> byCode = new LinkedHashMap<>();
        diagnostics.stream().sorted(Diagnostic.BY_POSITION).forEach(d -> byCode.computeIfAbsent(d.code() + "\0" + d.severity(), k -> new ArrayList<>()).add(d));
        List<Group> groups = new ArrayList<>();
        byCode.values().forEach(list -> groups.add(new Group(list.get(0).code(), list.get(0).severity(), list.size(), list.get(0))));
        groups.sort(Comparator.comparing(Group::severity, Comparator.reverseOrder())
                .thenComparing(Group::count, Comparator.reverseOrder())
                .thenComparing(Group::code));
        return new DiagnosticSummary(groups);
    }

    /** Whether a report of {@code diagnostics} needs the summary first: more than a screenful of them. */
    public static boolean needed(List<Diagnostic> diagnostics) {
        return diagnostics.size() > SCREENFUL;
    }

    public List<Group> groups() {
        return groups;
    }

    /** The heading and one line per code, as both reports print them. */
    public List<String> lines() {
        int total = groups.stream().mapToInt(Group::count).sum();
        List<String> lines = new ArrayList<>();
        lines.add("Summary: " + total + (total == 1 ? " problem" : " problems") + " of " + groups.size() + (groups.size() == 1 ? " kind" : " kinds")
                + " (the full list follows):");
        groups.forEach(g -> lines.add(g.line()));
        return lines;
    }
}
