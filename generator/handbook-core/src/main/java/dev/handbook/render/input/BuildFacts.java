package dev.handbook.render.input;

import dev.handbook.alerts.AlertIndex;
import dev.handbook.catalog.Catalog;
import dev.handbook.config.HandbookConfig;
import dev.handbook.convert.Conversions;
import dev.handbook.freshness.FreshnessReport;
import dev.handbook.verify.VerificationReport;
import dev.handbook.xref.XrefGraph;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The outputs of the earlier stages that pages are made from, and the date the build is judged at. Pages do not read
 * these directly but through a {@link RenderInput}, which records each {@link Query}; {@link #answer} is where the
 * queries are answered. Answers that take work ({@link Query#kept()}) are worked out once per build: pages that ask
 * the same thing (every page's sidebar asks for the listing of its kind) share the answer, and a rebuild's check of
 * the previous pages' reads uses the same answers. Facts made after a build know which records changed since it.
 * Thread-safe: pages render in parallel.
 *
 * @param evidenceFiles the tools' files records were read from (a journal, a pgBackRest info, a Velero object), copied
 *     into the site under {@code files/}: display path to path inside the repository
 * @param derived this build's {@link Derived} answers, taking over the build before's where their reads still hold
 * @param changed the records whose facts differ from the build before's
 * @param alerts the alerts of the rule files and the runbooks
 */
public record BuildFacts(
        HandbookConfig config,
        Catalog catalog,
        XrefGraph graph,
        Conversions conversions,
        FreshnessReport freshness,
        VerificationReport verification,
        LocalDate asOf,
        Map<String, String> evidenceFiles,
        TagIndex tags,
        Derivations derived,
        ChangedRecords changed,
        Map<Class<?>, Map<Query<?>, Object>> answers,
        AlertIndex alerts) {

    /** Stands for a null answer, which a {@link ConcurrentHashMap} cannot hold. */
    private static final Object NONE = new Object();

    public BuildFacts(HandbookConfig config, Catalog catalog, XrefGraph graph, Conversions conversions, FreshnessReport freshness,
            VerificationReport verification, LocalDate asOf, Map<String, String> evidenceFiles) {
        this(config, catalog, graph, conversions, freshness, verification, asOf, evidenceFiles, Optional.empty(), AlertIndex.EMPTY);
    }

    /**
     * Facts with the handbook's alerts, taking over from {@code previous} (the facts of the build before, if any) the
     * answers that still hold, and telling which records changed since.
     */
    public BuildFacts(HandbookConfig config, Catalog catalog, XrefGraph graph, Conversions conversions, FreshnessReport freshness,
            VerificationReport verification, LocalDate asOf, Map<String, String> evidenceFiles, Optional<BuildFacts> previous,
            AlertIndex alerts) {
        this(config, catalog, graph, conversions, freshness, verification, asOf, evidenceFiles, previous,
                previous.map(p -> ChangedRecords.between(p, config, asOf, verification, catalog, graph, conversions, freshness))
                        .orElse(ChangedRecords.ALL),
                alerts);
    }

    private BuildFacts(HandbookConfig config, Catalog catalog, XrefGraph graph, Conversions conversions, FreshnessReport freshness,
            VerificationReport verification, LocalDate asOf, Map<String, String> evidenceFiles, Optional<BuildFacts> previous,
            ChangedRecords changed, AlertIndex alerts) {
        this(config, catalog, graph, conversions, freshness, verification, asOf, evidenceFiles,
                previous.isPresent() && !changed.retagged() ? previous.get().tags() : TagIndex.of(catalog),
                previous.map(BuildFacts::derived).orElse(Derivations.NONE).next(), changed, new ConcurrentHashMap<>(), alerts);
    }

    public BuildFacts {
        evidenceFiles = Map.copyOf(evidenceFiles);
        Objects.requireNonNull(derived, "derived must not be null");
        Objects.requireNonNull(changed, "changed must not be null");
        Objects.requireNonNull(answers, "answers must not be null");
        Objects.requireNonNull(alerts, "alerts must not be null");
    }

    /**
     * The answer to {@code query} in these facts, computed on first use. Answers are kept by the query's class first:
     * a record's hash comes from its components only, so {@code Find(id)} and {@code Review(id)} would share a bucket.
     */
    @SuppressWarnings("unchecked")
    public <T> T answer(Query<T> query) {
        if (query instanceof Derived<T> derivation) {
            return derived.answer(derivation, this);
        }
        if (!query.kept()) {
            return query.answer(this);
        }
        Object answer = answers.computeIfAbsent(query.getClass(), c -> new ConcurrentHashMap<>())
                .computeIfAbsent(query, q -> Objects.requireNonNullElse(q.answer(this), NONE));
        return answer == NONE ? null : (T) answer;
    }

    /** What the derived answer to {@code query}, asked before in this build, was made from. */
    RecordedReads derivedReads(Derived<?> query) {
        return derived.readsOf(query);
    }
}
