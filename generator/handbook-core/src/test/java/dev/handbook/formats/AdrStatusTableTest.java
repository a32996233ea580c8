package dev.handbook.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AdrStatusTableTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "✅ Accepted | accepted",
        "**ACCEPTED** | accepted",
        "Approved | accepted",
        "Implemented. | accepted",
        "Decided | accepted",
        "Pending | proposed",
        "Draft | proposed",
        "Incomplete | proposed",
        "❌ Rejected | rejected",
        "Deprecated | deprecated",
        "Superseded | superseded",
    })
    void mapsStatusesAsTeamsWriteThem(String written, String status) {
        assertThat(status(written)).containsEntry("status", status);
    }

    @Test
    void emojiWithVariationSelectorAndCompoundSupersession() {
        assertThat(status("⌛\uFE0F Superseded by [ADR-0057](0057-use-otel.md)"))
                .containsEntry("status", "superseded").containsEntry("superseded_by", List.of("0057-use-otel"));
        assertThat(status("accepted; supersedes ADR-0045"))
                .containsEntry("status", "accepted").containsEntry("supersedes", List.of("adr-0045"));
        assertThat(status("superseded by ADR-0057, ADR-0058"))
                .containsEntry("status", "superseded").containsEntry("superseded_by", List.of("adr-0057", "adr-0058"));
    }

    @Test
    void partlySupersededStaysAcceptedAndKeepsItsVerb() {
        assertThat(status("Partly superseded by [ADR-0060](0060-split-queues.md)"))
                .containsEntry("status", "accepted")
                .containsEntry("relations", List.of("Partly superseded by 0060-split-queues"))
                .doesNotContainKey("superseded_by");
    }

    @Test
    void tableIsDataASiteCanReplace() {
        AdrStatusTable custom = new AdrStatusTable(Map.of(dev.handbook.model.AdrStatus.ACCEPTED, List.of("Gut")));

        assertThat(custom.lookup("🟢 gut")).contains(dev.handbook.model.AdrStatus.ACCEPTED);
        assertThat(custom.lookup("accepted")).isEmpty();
        assertThat(AdrStatusTable.standard().allowed()).contains("accepted", "approved", "draft", "superceded").isSorted();
    }

    private static Map<String, Object> status(String written) {
        return ReadAdr.read(new MadrReader(AdrStatusTable.standard()), "0001-x.md", "# X\n\n- Status: " + written + "\n- Date: 2024-01-01\n").values();
    }
}
