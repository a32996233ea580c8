package dev.handbook.formats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.model.EntryKind;
import org.junit.jupiter.api.Test;

class FormatReadersTest {

    private final FormatReaders readers = FormatReaders.standard();

    @Test
    void registersTheReadersMostSpecificFirst() {
        assertThat(readers.names()).containsExactly("adr-tools", "madr", "govuk-tech-docs", "markdown-runbook", "markdown-postmortem",
                "pgbackrest", "velero");
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
