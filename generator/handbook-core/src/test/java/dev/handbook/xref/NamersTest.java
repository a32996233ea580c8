package dev.handbook.xref;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.Snapshot;
import dev.handbook.TestSites;
import dev.handbook.catalog.Catalog;
import dev.handbook.catalog.CatalogBuilder;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.model.Entry;
import dev.handbook.model.EntryId;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The index a rebuild asks which records name a changed id, instead of asking every record. */
class NamersTest {

    private static final Path BASIC = TestSites.SITES.resolve("basic");
    private final Snapshot site = TestSites.HANDBOOK.snapshot(TestSites.options(BASIC, BASIC.resolve("target-out")), false);

    @Test
    void findsTheRecordsThatNameAnIdInTheirFieldsAndInTheLinksOfTheirMarkup() {
        Namers namers = Namers.of(site.catalog(), site.conversions());

        assertThat(namers.naming(Set.of("db-failover"))).extracting(EntryId::name)
                .contains("db-primary", "2026-02-01-failover-drill", "2026-02-10-kill-primary") // runbook: fields
                .contains("restore") // xref:db-failover[] in AsciiDoc
                .doesNotContain("db-failover");
        assertThat(namers.naming(Set.of("no-such-record"))).isEmpty();
    }

    @Test
    void aRecordRemovedFromTheCatalogNoLongerNamesAnything() {
        Namers namers = Namers.of(site.catalog(), site.conversions());
        EntryId spof = site.catalog().find("db-primary").orElseThrow().id();
        List<Entry> rest = site.catalog().entries().stream().filter(e -> !e.id().equals(spof)).toList();
        Catalog without = new CatalogBuilder().build(rest, new Diagnostics());

        Namers updated = namers.updated(Set.of(spof), without, site.conversions());

        assertThat(updated.naming(Set.of("db-failover"))).doesNotContain(spof).isNotEmpty();
        assertThat(namers.naming(Set.of("db-failover"))).contains(spof); // the index before is unchanged
    }
}
