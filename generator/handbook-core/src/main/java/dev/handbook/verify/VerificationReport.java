package dev.handbook.verify;

import dev.handbook.model.EntryId;
import dev.handbook.model.Snippet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every snippet of a build and its result, in record order; empty when verification is off. Immutable.
 */
public final class VerificationReport {

    public static final VerificationReport OFF = new VerificationReport(false, Map.of());

    private final boolean ran;
    private final Map<Snippet, SnippetResult> results;

    public VerificationReport(boolean ran, Map<Snippet, SnippetResult> results) {
        this.ran = ran;
        this.results = Collections.unmodifiableMap(new LinkedHashMap<>(results));
    }

    /** Whether snippets were run in this build. */
    public boolean ran() {
        return ran;
    }

    public Map<Snippet, SnippetResult> results() {
        return results;
    }

    public SnippetResult result(Snippet snippet) {
        return results.get(snippet);
    }

    public List<Map.Entry<Snippet, SnippetResult>> of(EntryId owner) {
        return results.entrySet().stream().filter(e -> e.getKey().owner().equals(owner)).toList();
    }

    public long count(SnippetStatus status) {
        return results.values().stream().filter(r -> r.status() == status).count();
    }

    /** The snippets that failed or timed out. */
    public List<Map.Entry<Snippet, SnippetResult>> failures() {
        return results.entrySet().stream().filter(e -> e.getValue().status().failed()).toList();
    }
}
