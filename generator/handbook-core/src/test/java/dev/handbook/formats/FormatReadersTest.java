package dev.handbook.formats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.model.EntryKind;
import dev.handbook.model.SourceFormat;
import org.junit.jupiter.api.Test;

class FormatReadersTest {

    private final FormatReaders readers = FormatReaders.standard();

    @Test
    void registersTheAdrReadersMostSpecificFirst() {
        assertThat(readers.names()).containsExactly("adr-tools", "madr");
        assertThat(readers.named("madr")).containsInstanceOf(MadrReader.class);
    }

    @Test
    void detectsEachFormat() {
        assertThat(detected("0001-x.md", "# 1. X\n\nDate: 2024-01-01\n\n## Status\n\nAccepted\n")).isEqualTo("adr-tools");
        assertThat(detected("0001-x.md", "# X\n\n* Status: accepted\n* Date: 2024-01-01\n")).isEqualTo("madr");
        assertThat(detected("0001-x.md", "---\nstatus: accepted\ndate: 2024-01-01\n---\n# X\n")).isEqualTo("madr");
    }

    @Test
    void leavesNativeFrontMatterAndRunbooksToTheNativeParser() {
        assertThat(detected("0001-x.md", "---\ntitle: X\nstatus: accepted\ndate: 2024-01-01\n---\n# 1. X\n\n## Status\n\nAccepted\n")).isEqualTo("native");
        FormatInput runbook = new FormatInput(EntryKind.RUNBOOK, SourceFormat.MARKDOWN, "db.md", "runbooks/db.md",
                "# Database down\n\n- Status: check the primary first\n", FormatInput.Collection.NONE);
        assertThat(readers.detect(runbook)).isEmpty();
    }

    private String detected(String fileName, String text) {
        return readers.detect(ReadAdr.input(fileName, text, false)).map(FormatReader::name).orElse("native");
    }
}
