package dev.handbook.render.input;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.catalog.CatalogBuilder;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.model.EntryId;
import dev.handbook.model.EntryKind;
import dev.handbook.model.EntryMeta;
import dev.handbook.model.Runbook;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A tag page lists each record once, in id order, under every form the tag is written in. */
class TagIndexTest {

    private static Runbook runbook(String name, String... tags) {
        return new Runbook(new EntryMeta(new EntryId(EntryKind.RUNBOOK, name), name, "", List.of(tags), "runbooks/" + name + ".md", List.of()),
                null, null, List.of(), List.of(), null, List.of(), null);
    }

    @Test
    void formsOfOneTagShareAPageThatListsEachRecordOnceInIdOrder() {
        TagIndex index = TagIndex.of(new CatalogBuilder().build(List.of(
                runbook("zone-evacuation", "on-call"), runbook("db-failover", "On call", "on-call", "postgres"), runbook("cache-flush", "On-Call")),
                new Diagnostics()));

        assertThat(index.bySlug()).containsOnlyKeys("on-call", "postgres");
        TagIndex.Tag onCall = index.bySlug().get("on-call");
        assertThat(onCall.label()).isEqualTo("On call / On-Call / on-call");
        assertThat(onCall.ids()).extracting(EntryId::name).containsExactly("cache-flush", "db-failover", "zone-evacuation");
        assertThat(index.bySlug().get("postgres").ids()).extracting(EntryId::name).containsExactly("db-failover");
    }
}
