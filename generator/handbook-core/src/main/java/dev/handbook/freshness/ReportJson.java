package dev.handbook.freshness;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.model.FlagCategory;
import dev.handbook.verify.SnippetStatus;
import dev.handbook.verify.VerificationReport;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The machine-readable report of {@code handbook check --format json}; its shape is documented in
 * docs/check-report.md and stays stable within a major version (fields may be added, never renamed).
 */
public final class ReportJson {

    public static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * @param report null when the content did not load far enough to judge freshness
     * @param failing the flags that fail the build under its policy
     */
    public String write(List<Diagnostic> diagnostics, FreshnessReport report, VerificationReport verification, Set<FlagCategory> failOn,
            List<Flag> failing, LocalDate asOf) {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", VERSION);
        root.put("asOf", asOf.toString());
        ArrayNode policy = root.putArray("failOn");
        failOn.stream().map(FlagCategory::wire).sorted().forEach(policy::add);
        ObjectNode summary = root.putObject("summary");
        summary.put("errors", diagnostics.stream().filter(d -> d.severity() == dev.handbook.diagnostics.Severity.ERROR).count());
        summary.put("warnings", diagnostics.stream().filter(d -> d.severity() == dev.handbook.diagnostics.Severity.WARNING).count());
        for (FlagCategory category : FlagCategory.values()) {
            if (category != FlagCategory.VERIFY) { // counted under "verification"
                summary.put(category.wire(), report == null ? 0 : report.count(category));
            }
        }
        summary.put("failing", failing.size());
        ArrayNode diags = root.putArray("diagnostics");
        for (Diagnostic d : diagnostics) {
            diags.addObject()
                    .put("severity", d.severity().label()).put("code", d.code())
                    .put("file", d.where().path()).put("line", d.where().line()).put("column", d.where().column())
                    .put("message", d.message()).put("hint", d.hint());
        }
        ArrayNode flags = root.putArray("flags");
        ArrayNode reviews = root.putArray("reviews");
        ArrayNode exercises = root.putArray("exercises");
        ArrayNode actions = root.putArray("actionItems");
        if (report != null) {
            for (Flag f : report.flags()) {
                ObjectNode flag = flags.addObject()
                        .put("category", f.category().wire()).put("state", f.state())
                        .put("kind", f.subject().kind().key()).put("id", f.subject().name()).put("title", f.title())
                        .put("owner", f.owner()).put("file", f.sourcePath());
                date(flag, "due", f.due());
                flag.put("daysLeft", f.daysLeft()).put("message", f.message()).put("failing", f.failsUnder(failOn));
            }
            for (ReviewStatus r : report.reviews()) {
                ObjectNode review = reviews.addObject()
                        .put("kind", r.id().kind().key()).put("id", r.id().name()).put("state", r.state().wire());
                date(review, "lastReviewed", r.lastReviewed());
                review.put("every", r.every() == null ? null : r.every().toString());
                date(review, "due", r.due());
                review.put("daysLeft", r.daysLeft());
            }
            for (ExerciseStatus e : report.allExercises()) {
                ObjectNode exercise = exercises.addObject()
                        .put("kind", e.target().kind().key()).put("id", e.target().name())
                        .put("exercise", e.kind().wire()).put("state", e.state().wire())
                        .put("every", e.every() == null ? null : e.every().toString())
                        .put("last", e.last() == null ? null : e.last().name());
                date(exercise, "lastDate", e.lastDate());
                exercise.put("lastTime", e.lastTime() == null ? null : e.lastTime().toString());
                date(exercise, "due", e.due());
                exercise.put("daysLeft", e.daysLeft());
            }
            for (ActionItemStatus a : report.actionItems()) {
                ObjectNode action = actions.addObject()
                        .put("sourceKind", a.source().kind().key()).put("source", a.source().name())
                        .put("id", a.item().id()).put("title", a.item().title()).put("owner", a.item().owner())
                        .put("status", a.item().status().wire());
                date(action, "due", a.item().due());
                action.put("overdue", a.overdue()).put("daysLeft", a.daysLeft());
            }
        }
        ObjectNode verify = root.putObject("verification");
        verify.put("ran", verification.ran());
        for (SnippetStatus status : SnippetStatus.values()) {
            verify.put(status.wire(), verification.count(status));
        }
        ArrayNode snippets = verify.putArray("snippets");
        verification.results().forEach((snippet, result) -> snippets.addObject()
                .put("kind", snippet.owner().kind().key()).put("id", snippet.owner().name()).put("name", snippet.name())
                .put("file", snippet.where().path()).put("line", snippet.where().line()).put("status", result.status().wire())
                .put("exitCode", result.exitCode()).put("durationMillis", result.durationMillis()).put("ranAt", result.ranAt().toString())
                .put("cached", result.cached()).put("message", result.message()));
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the report", e);
        }
    }

    private static void date(ObjectNode node, String field, LocalDate date) {
        node.put(field, date == null ? null : date.toString());
    }
}
