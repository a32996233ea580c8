package dev.handbook.formats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.model.EntryKind;
import org.junit.jupiter.api.Test;

class FormatReadersTest {

    private final FormatReaders readers = FormatReaders.standard();

    @Test
    void registersTheReadersMostSpecificFirst() {
        assertThat(readers.names()).containsExactly("adr-tools", "madr", "govuk-tech-docs", "markdown-runbook", "markdown-postmortem",
                "chaostoolkit", "litmus", "pgbackrest", "chaos-mesh", "velero");
        assertThat(readers.named("madr")).containsInstanceOf(MadrReader.class);
    }

    @Test
    void detectsEachFormat() {
        assertThat(detected("0001-x.md", "# 1. X\n\nDate: 2024-01-01\n\n## Status\n\nAccepted\n")).isEqualTo("adr-tools");
        assertThat(detected("0001-x.md", "# X\n\n* Status: accepted\n* Date: 2024-01-01\n")).isEqualTo("madr");
        assertThat(detected("0001-x.md", "---\nstatus: accepted\ndate: 2024-01-01\n---\n# X\n")).isEqualTo("madr");
    }

    @Test
    void detectsRunbookAndPostmortemFormatsByKindNeverAnAdrReader() {
        assertThat(detected(EntryKind.RUNBOOK, "db.md", "# Database down\n\n- Status: check the primary first\n")).isEqualTo("markdown-runbook");
        assertThat(detected(EntryKind.RUNBOOK, "db.html.md.erb", "# Database down\n")).isEqualTo("govuk-tech-docs");
        assertThat(detected(EntryKind.POSTMORTEM, "2024-01-02-x.md", "# X\n\n## Status\n\nResolved\n")).isEqualTo("markdown-postmortem");
    }

    @Test
    void detectsChaosEvidenceByWhatTheFileHoldsAndOnlyInChaosSources() {
        String journal = "{\"chaoslib-version\": \"1.42.1\", \"experiment\": {\"title\": \"x\"}, \"run\": [{\"output\": {\"apiVersion\": \"v1\"}}]}";
        assertThat(detected(EntryKind.CHAOS, "journal.json", journal)).isEqualTo("chaostoolkit");
        assertThat(detected(EntryKind.CHAOS, "r.yaml", "apiVersion: litmuschaos.io/v1alpha1\nkind: ChaosResult\nmetadata: {name: x}\n")).isEqualTo("litmus");
        assertThat(detected(EntryKind.CHAOS, "p.yaml", "apiVersion: chaos-mesh.org/v1alpha1\nkind: PodChaos\nmetadata: {name: x}\n")).isEqualTo("chaos-mesh");
        // any other Kubernetes object goes to the last chaos reader, which names its kind
        assertThat(detected(EntryKind.CHAOS, "pod.json", "{\"apiVersion\": \"v1\", \"kind\": \"Pod\", \"metadata\": {\"name\": \"x\"}}")).isEqualTo("chaos-mesh");
        // in a drill source a Kubernetes object goes to the Velero reader, which names a kind it does not read
        assertThat(detected(EntryKind.DRILL, "p.yaml", "apiVersion: chaos-mesh.org/v1alpha1\nkind: PodChaos\nmetadata: {name: x}\n")).isEqualTo("velero");
        assertThat(detected(EntryKind.CHAOS, "x.yaml", "title: X\ndate: 2026-01-01\nhypothesis: h\nfault: f\nresult: held\n")).isEqualTo("native");
    }

    @Test
    void leavesNativeFrontMatterToTheNativeParser() {
        assertThat(detected("0001-x.md", "---\ntitle: X\nstatus: accepted\ndate: 2024-01-01\n---\n# 1. X\n\n## Status\n\nAccepted\n")).isEqualTo("native");
        assertThat(detected(EntryKind.RUNBOOK, "db.md", "---\ntitle: X\nowner: sre\n---\n# X\n")).isEqualTo("native");
        assertThat(detected(EntryKind.POSTMORTEM, "x.md", "---\ntitle: X\ndate: 2024-01-01\nseverity: SEV2\n---\n")).isEqualTo("native");
    }

    private String detected(String fileName, String text) {
        return detected(EntryKind.ADR, fileName, text);
    }

    private String detected(EntryKind kind, String fileName, String text) {
        return readers.detect(ReadAdr.input(kind, fileName, text, false, java.util.Map.of())).map(FormatReader::name).orElse("native");
    }
}
