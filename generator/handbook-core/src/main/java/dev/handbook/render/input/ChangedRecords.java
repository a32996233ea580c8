package dev.handbook.render.input;

import dev.handbook.catalog.Catalog;
import dev.handbook.config.HandbookConfig;
import dev.handbook.convert.Conversions;
import dev.handbook.freshness.FreshnessReport;
import dev.handbook.model.Entry;
import dev.handbook.model.EntryId;
import dev.handbook.model.ValueFormats;
import dev.handbook.verify.VerificationReport;
import dev.handbook.xref.XrefGraph;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The records whose facts differ from the build before's, in any stage output a {@link Query#about} query reads: the
 * record itself (a different object), its conversion, its edges, its freshness; and which of the build-wide facts
 * (configuration, as-of date, verification results) changed, named like records. A query about any other record
 * answers as before, so a rebuild does not ask it: at 10,000 records, most of the 360,000 reads of a site's pages.
 * Kept as the hashes of the folded names, which {@link RecordedReads} keeps for each read: two names with one hash
 * only make a rebuild ask a query it could have skipped. Immutable.
 */
final class ChangedRecords {

    /** Stand for the build-wide facts as if they were records, so that a query of one of them is about it too. */
    static final String CONFIG = "<config>";
    static final String AS_OF = "<as-of>";
    static final String VERIFICATION = "<verification>";

    /** No build before: every record counts as changed. */
    static final ChangedRecords ALL = new ChangedRecords(null, true);

    /** Sorted; null for all. */
    private final int[] hashes;
    private final boolean retagged;

    private ChangedRecords(int[] hashes, boolean retagged) {
        this.hashes = hashes;
        this.retagged = retagged;
    }

    static ChangedRecords between(BuildFacts before, HandbookConfig config, LocalDate asOf, VerificationReport verification, Catalog catalog,
            XrefGraph graph, Conversions conversions, FreshnessReport freshness) {
        Set<String> names = new HashSet<>(catalog.namesChangedSince(before.catalog()));
        boolean retagged = !names.stream().allMatch(name -> sameTags(before.catalog().find(name), catalog.find(name)));
        if (config != before.config()) { // a configuration read again never compares equal; a rebuild that keeps it keeps the object
            names.add(CONFIG);
        }
        if (!asOf.equals(before.asOf())) {
            names.add(AS_OF);
        }
        if (!verification.equals(before.verification())) {
            names.add(VERIFICATION);
        }
        // each walks 10,000 records: two on other threads (the rest of a rebuild leaves the second core idle)
        CompletableFuture<Set<EntryId>> edges = CompletableFuture.supplyAsync(() -> graph.changedSince(before.graph()));
        CompletableFuture<Set<EntryId>> states = CompletableFuture.supplyAsync(() -> freshness.changedSince(before.freshness()));
        Set<EntryId> ids = new HashSet<>(conversions.changedSince(before.conversions()));
        ids.addAll(edges.join());
        ids.addAll(states.join());
        ids.forEach(id -> names.add(id.name()));
        return new ChangedRecords(names.stream().mapToInt(ChangedRecords::hashOf).sorted().distinct().toArray(), retagged);
    }

    /** The hash a record's name is known by, here and in the reads of a page: that of the folded name. */
    static int hashOf(String name) {
        return ValueFormats.foldId(name).hashCode();
    }

    private static boolean sameTags(Optional<Entry> before, Optional<Entry> after) {
        return before.isPresent() && after.isPresent() && before.get().id().equals(after.get().id())
                && before.get().meta().tags().equals(after.get().meta().tags());
    }

    /** Whether a record was added, removed or retagged: the tag index of the build before no longer holds. */
    boolean retagged() {
        return retagged;
    }

    /** Whether a record of the folded name with this hash may have changed. */
    boolean has(int hash) {
        return hashes == null || Arrays.binarySearch(hashes, hash) >= 0;
    }

    /** Whether any of the records with these (sorted) hashes may have changed. */
    boolean anyOf(int[] sorted) {
        if (hashes == null) {
            return sorted.length > 0;
        }
        for (int hash : hashes) {
            if (Arrays.binarySearch(sorted, hash) >= 0) {
                return true;
            }
        }
        return false;
    }
}
