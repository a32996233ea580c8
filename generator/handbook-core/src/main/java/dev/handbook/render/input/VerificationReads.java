package dev.handbook.render.input;

import dev.handbook.model.EntryId;
import dev.handbook.model.Snippet;
import dev.handbook.verify.SnippetResult;
import dev.handbook.verify.SnippetStatus;
import dev.handbook.verify.VerificationReport;
import java.util.List;
import java.util.Map;

/** The {@link VerificationReport} as a page reads it: the same questions, each recorded with its answer. */
public final class VerificationReads {

    private final PageReads reads;

    VerificationReads(PageReads reads) {
        this.reads = reads;
    }

    /** Whether snippets were run in this build. */
    public boolean ran() {
        return reads.ask(new Ran());
    }

    /** Every snippet's result, in run order. */
    public Map<Snippet, SnippetResult> results() {
        return reads.ask(new Results());
    }

    public SnippetResult result(Snippet snippet) {
        return reads.ask(new Result(snippet));
    }

    /** The results of one record's snippets. */
    public List<Map.Entry<Snippet, SnippetResult>> of(EntryId owner) {
        return reads.ask(new Of(owner));
    }

    public long count(SnippetStatus status) {
        return results().values().stream().filter(r -> r.status() == status).count();
    }

    record Ran() implements Query<Boolean> {
        public String about() {
            return ChangedRecords.VERIFICATION;
        }

        public Boolean answer(BuildFacts facts) {
            return facts.verification().ran();
        }
    }

    record Results() implements Query<Map<Snippet, SnippetResult>> {
        public String about() {
            return ChangedRecords.VERIFICATION;
        }

        public Map<Snippet, SnippetResult> answer(BuildFacts facts) {
            return facts.verification().results();
        }
    }

    record Result(Snippet snippet) implements Query<SnippetResult> {
        public String about() {
            return ChangedRecords.VERIFICATION;
        }

        public SnippetResult answer(BuildFacts facts) {
            return facts.verification().result(snippet);
        }
    }

    record Of(EntryId owner) implements Query<List<Map.Entry<Snippet, SnippetResult>>> {
        public String about() {
            return ChangedRecords.VERIFICATION;
        }

        public List<Map.Entry<Snippet, SnippetResult>> answer(BuildFacts facts) {
            return facts.verification().of(owner);
        }
    }
}
