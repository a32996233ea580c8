package dev.handbook.convert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.catalog.Catalog;
import dev.handbook.catalog.CatalogBuilder;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.SourcePosition;
import dev.handbook.model.EntryId;
import dev.handbook.model.EntryKind;
import dev.handbook.model.EntryMeta;
import dev.handbook.model.Markup;
import dev.handbook.model.Runbook;
import dev.handbook.model.SourceFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MarkupConverterTest {

    private static final EntryId ID = new EntryId(EntryKind.RUNBOOK, "r");

    private final MarkupConverter converter = new MarkupConverter(false, () -> {
        throw new AssertionError("no AsciiDoc here");
    });

    private static Runbook runbook(String body, String whenToUse) {
        return new Runbook(
                new EntryMeta(ID, "R", "team", List.of(), "runbooks/r.md", List.of()), null, null, List.of(), List.of(),
                Markup.field(whenToUse, SourcePosition.of("runbooks/r.md", 3, 14)), List.of(),
                Markup.body(body, SourceFormat.MARKDOWN, SourcePosition.of("runbooks/r.md", 6, 1)));
    }

    private static Catalog catalog(Runbook runbook) {
        return new CatalogBuilder().build(List.of(runbook), new Diagnostics());
    }

    @Test
    void theSameHeadingInTwoPiecesOfOneEntryGetsTwoIds() {
        Conversions conversions = converter.convertAll(catalog(runbook("## Details\n\nBody.\n", "## Details\n\nWhen.")));

        assertThat(conversions.of(ID).orElseThrow().outline()).containsExactly(new Heading(2, "details", "Details"), new Heading(2, "details-1", "Details"));
    }

    @Test
    void anEntrysTextAndFlagsJoinItsPiecesInMarkupOrder() {
        Conversions conversions = converter.convertAll(catalog(runbook("Body with `code`.\n\n```mermaid\ngraph TD\n```\n", "When *now*.")));

        assertThat(conversions.text(ID)).isEqualTo("Body with code. graph TD When now.");
        assertThat(conversions.of(ID).orElseThrow().mermaid()).isTrue();
        assertThat(conversions.of(ID).orElseThrow().code()).isFalse();
    }

    @Test
    void anUnchangedEntryKeepsItsConversionWithItsOutline() {
        Catalog catalog = catalog(runbook("## Details\n", "## Details"));
        Conversions first = converter.convertAll(catalog);

        Conversions second = converter.update(first, catalog, Set.of());

        assertThat(second.entries().get(ID)).isSameAs(first.entries().get(ID));
        assertThat(second.of(ID).orElseThrow().outline()).extracting(Heading::id).containsExactly("details", "details-1");
    }
}
