package dev.handbook.render.input;

import dev.handbook.catalog.Catalog;
import dev.handbook.convert.Conversions;
import dev.handbook.freshness.FreshnessReport;
import dev.handbook.model.EntryId;
import dev.handbook.model.ValueFormats;
import dev.handbook.xref.XrefGraph;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The records whose facts differ from the build before's, in any stage output a {@link Query#about} query reads: the
 * record itself (a different object), its conversion, its edges, its freshness. A query about any other record
 * answers as before, so a rebuild does not ask it: at 10,000 records, most of the 360,000 reads of a site's pages.
 * Kept as the hashes of the folded names, which {@link RecordedReads} keeps for each read: two names with one hash
 * only make a rebuild ask a query it could have skipped. Immutable.
 */
final class ChangedRecords {

    /** No build before: every record counts as changed. */
    static final ChangedRecords ALL = new ChangedRecords(null);

    /** Sorted; null for all. */
    private final int[] hashes;

    private ChangedRecords(int[] hashes) {
        this.hashes = hashes;
    }

    static ChangedRecords between(BuildFacts before, Catalog catalog, XrefGraph graph, Conversions conversions, FreshnessReport freshness) {
        Set<String> names = new HashSet<>(catalog.namesChangedSince(before.catalog()));
        Set<EntryId> ids = new HashSet<>(conversions.changedSince(before.conversions()));
        ids.addAll(graph.changedSince(before.graph()));
        ids.addAll(freshness.changedSince(before.freshness()));
        ids.forEach(id -> names.add(id.name()));
        return new ChangedRecords(names.stream().mapToInt(name -> ValueFormats.foldId(name).hashCode()).sorted().distinct().toArray());
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
