package dev.handbook.config;

import dev.handbook.formats.AdrStatusTable;
import dev.handbook.model.FlagCategory;
import dev.handbook.model.Cadence;
import dev.handbook.model.EntryKind;
import java.time.Duration;
import java.time.Period;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;


/**
 * The validated site configuration, from {@code site/handbook.yaml} with defaults filled in.
 *
 * @param folders the content folder of each kind, relative to the content root
 * @param reviewEvery the default review interval of a runbook
 * @param dueSoon how long before its due date a review shows as due soon
 * @param cadence how often SPOFs and services must be exercised, every part set
 * @param rawHtml whether raw HTML in Markdown passes through (otherwise it is escaped)
 * @param failOn the freshness flags that fail a build
 * @param verify whether builds run verification snippets without being asked
 * @param verifyCacheFor how long a snippet's cached result is reused
 * @param offline whether builds also write the offline copy, {@code handbook-offline.html}
 * @param sources the valid folders listed under {@code sources:}
 * @param listsSources whether the config has {@code sources:} (even with none valid); if not, each kind's folder under the
 *     content folder is read instead
 * @param adrStatuses the ADR status table, with the words of {@code adr_statuses:} added
 * @param alertSources the valid folders of Prometheus rule files listed under {@code sources:} ({@code kind: alert})
 * @param baseUrl where the site is served, ending in {@code /}; empty when not set
 * @param editUrl a record source's address in the repository's web editor, {@code {path}} for its path; empty when not set
 */
public record HandbookConfig(
        String title,
        String description,
        Map<EntryKind, String> folders,
        Period reviewEvery,
        Period dueSoon,
        Cadence cadence,
        boolean rawHtml,
        Set<FlagCategory> failOn,
        boolean verify,
        Duration verifyCacheFor,
        boolean offline,
        List<SourceConfig> sources,
        boolean listsSources,
        AdrStatusTable adrStatuses,
        List<AlertSource> alertSources,
        String baseUrl,
        String editUrl) {

    public static final Cadence DEFAULT_CADENCE = new Cadence(Period.ofDays(90), Period.ofDays(7), Period.ofDays(1), Period.ofDays(1));

    public HandbookConfig {
        folders = Map.copyOf(folders);
        failOn = Set.copyOf(failOn);
        sources = List.copyOf(sources);
        alertSources = List.copyOf(alertSources);
        java.util.Objects.requireNonNull(adrStatuses, "adrStatuses must not be null");
    }

    /** The configuration used when there is no site/handbook.yaml. */
    public static HandbookConfig defaults() {
        Map<EntryKind, String> folders = new EnumMap<>(EntryKind.class);
        for (EntryKind kind : EntryKind.values()) {
            folders.put(kind, kind.defaultFolder());
        }
        return new HandbookConfig("Handbook", "", folders, Period.ofDays(90), Period.ofDays(14), DEFAULT_CADENCE, false, Set.of(), false, Duration.ofHours(1), false, List.of(), false,
                AdrStatusTable.standard(), List.of(), "", "");
    }

    /** The site's path on its host ({@code /}, or {@code /repo/} for a base URL of {@code https://org.github.io/repo/}). */
    public String basePath() {
        return baseUrl.isEmpty() ? "/" : java.net.URI.create(baseUrl).getPath();
    }

    /** The first {@code sources:} entry of {@code kind}, where its new records go; empty without one. */
    public java.util.Optional<SourceConfig> source(EntryKind kind) {
        return sources.stream().filter(s -> s.kind() == kind).findFirst();
    }

    /** The folder of the first {@code sources:} entry of {@code kind}, relative to the repository; empty without one. */
    public java.util.Optional<String> sourceFolder(EntryKind kind) {
        return source(kind).map(SourceConfig::path);
    }

    public String folder(EntryKind kind) {
        return folders.get(kind);
    }
}
