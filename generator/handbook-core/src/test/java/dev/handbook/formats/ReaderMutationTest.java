package dev.handbook.formats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.model.EntryKind;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random edits of one fixture per format, read by every reader: a damaged file is a diagnostic, never an
 * exception, and a file that cannot become a record says why.
 */
class ReaderMutationTest {

    private static final List<String> FIXTURES = List.of(
            "# 3. Use MySQL\n\nDate: 14/05/24\n\n## Status\n\nAccepted\n\nSupercedes [2. Use Postgres](0002-use-postgres.md)\n\n"
                    + "Amended by [4. Add caching](0004-add-caching.md)\n\n## Context\n\nText.\n",
            "# Use MySQL\n\n* Status: superseded by [ADR-0005](0005-use-sqlite.md)\n* Deciders: Ana, Ben\n* Date: 2018-09-27\n\n"
                    + "## Links\n\n* Refines [ADR-0002](0002-use-sql.md)\n",
            "---\nstatus: \"accepted; supersedes ADR-0045\"\ndate: 2024-05-02\ndecision-makers:\n  - Ana\nnav_order: 2\n---\n# X\n",
            "# X\n\n| Metadata | Value |\n|---|---|\n| Status | ✅ Implemented |\n| Date | 13/03/20 |\n\n**Tags:** a, b\n");
    private static final List<String> PAGES = List.of(
            "---\ntitle: Redis down\nlastmod: 2024-05-02T10:00:00Z\nweight: 3\nauthor: [a, b]\n---\n# Redis down\n\n1. Check.\n",
            "---\ntitle: Deploy\nlast_reviewed_on: 2024-01-10\nreview_in: 6 months\n---\n<%= partial \"x\" %>\nText <% if y %>\n",
            "# PM2019-009 - IP starvation\n\n**Severity:** SEV2\nDate: 2019-03-12\n\n## Timeline\n\n| Time | Event |\n|---|---|\n"
                    + "| 2019-03-12 14:05 | Pods *Pending*. |\n\n## Action items\n\n| Action | Owner | Due | Status |\n|---|---|---|---|\n"
                    + "| Alert | @sre | 2019-04-01 | done |\n\n- [ ] Task\n- [x] Done\n");
    private static final String ALPHABET = "#*-|:[]()\n \uE000\uE001✅\uFE0F⌛;,/.0123456789aDATESTATUSNUMBER`{}\"'\t<%>+";
    private static final int CASES = 3000;

    @Test
    void damagedFilesAreDiagnosticsNotExceptions() {
        fuzz(FIXTURES, List.of(new AdrToolsReader(AdrStatusTable.standard()), new MadrReader(AdrStatusTable.standard())), EntryKind.ADR,
                List.of("20240502-x.md", "0001-x.md", "0002-y.md"));
    }

    @Test
    void damagedRunbooksAndPostmortemsAreDiagnosticsNotExceptions() {
        fuzz(PAGES, List.of(new GovukTechDocsReader(), new MarkdownRunbookReader()), EntryKind.RUNBOOK,
                List.of("x.html.md.erb", "KubePodNotReady.md", "x.md"));
        fuzz(PAGES, List.of(new MarkdownPostmortemReader()), EntryKind.POSTMORTEM, List.of("2024-05-02-x.md", "PM2019-009 - x.md", "x.md"));
    }

    private static void fuzz(List<String> fixtures, List<FormatReader> readers, EntryKind kind, List<String> names) {
        Random random = new Random(13);
        for (int i = 0; i < CASES; i++) {
            String text = mutate(fixtures.get(random.nextInt(fixtures.size())), random);
            FormatInput input = ReadAdr.input(kind, names.get(i % names.size()), text, random.nextBoolean(), Map.of());
            for (FormatReader reader : readers) {
                Diagnostics diagnostics = new Diagnostics();
                reader.recognises(input);
                FormatResult result = reader.read(input, diagnostics);
                if (result instanceof FormatResult.Failed) {
                    assertThat(diagnostics.hasErrors()).as("%s failed without an error on:%n%s", reader.name(), text).isTrue();
                }
            }
        }
    }

    private static String mutate(String fixture, Random random) {
        StringBuilder text = new StringBuilder(fixture);
        for (int edits = 1 + random.nextInt(6); edits > 0; edits--) {
            int at = random.nextInt(text.length() + 1);
            switch (random.nextInt(3)) {
                case 0:
                    text.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                    break;
                case 1:
                    text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(20)));
                    break;
                default:
                    int from = random.nextInt(text.length());
                    text.insert(at, text.substring(from, Math.min(text.length(), from + random.nextInt(30))));
            }
        }
        return text.toString();
    }
}
