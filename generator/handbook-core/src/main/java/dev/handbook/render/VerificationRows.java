package dev.handbook.render;

import dev.handbook.render.input.LinkView;
import dev.handbook.render.input.RenderInput;
import dev.handbook.render.input.PageLinks;
import dev.handbook.model.Entry;
import dev.handbook.model.Snippet;
import dev.handbook.verify.SnippetResult;
import dev.handbook.verify.SnippetStatus;
import dev.handbook.render.input.VerificationReads;
import java.util.ArrayList;
import java.util.List;

/** The rows of the verification page, and the counts shown on the home page and in the runbook index. */
public final class VerificationRows {

    /** One snippet: where it is, what it checks, and how it went ({@code status} "not run" when verification was off). */
    public record Row(LinkView record, String name, String status, String tone, String message, String source) {}

    /** Counts of a build's results. */
    public record Tally(boolean ran, long total, long passed, long failed, long timedOut, long skipped) {}

    private VerificationRows() {}

    /** The rows of one record's snippets, those of its front matter first. */
    static List<Row> of(Entry entry, RenderInput input, PageLinks links) {
        List<Row> rows = new ArrayList<>();
        List<Snippet> snippets = new ArrayList<>(entry.meta().verify());
        snippets.addAll(input.conversions().snippets(entry.id()));
        for (Snippet snippet : snippets) {
            SnippetResult result = input.verification().result(snippet);
            rows.add(new Row(links.to(entry), snippet.name(), result == null ? "not run" : result.status().wire(),
                    result == null ? "muted" : VerifyResultHtml.tone(result.status()), result == null ? "" : result.message(),
                    snippet.where().toString()));
        }
        return rows;
    }

    static Tally tally(VerificationReads report) {
        return new Tally(report.ran(), report.results().size(), report.count(SnippetStatus.PASS), report.count(SnippetStatus.FAIL),
                report.count(SnippetStatus.TIMEOUT), report.count(SnippetStatus.SKIPPED));
    }
}
