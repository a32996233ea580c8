package dev.handbook;

import dev.handbook.model.ActionItem;
import dev.handbook.model.Adr;
import dev.handbook.model.Entry;
import dev.handbook.model.Postmortem;
import dev.handbook.model.Reference;
import dev.handbook.model.Runbook;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A record's fields as docs/formats.md writes their values: dates ISO, periods as handbook writes them ({@code 180d},
 * {@code 6mo}), lists joined with {@code , }, relations, timeline rows and action items joined with {@code ; }.
 */
final class RecordFields {

    private RecordFields() {}

    static Map<String, String> of(Entry entry) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id", entry.id().name());
        fields.put("title", entry.meta().title());
        fields.put("owner", entry.meta().owner());
        fields.put("tags", String.join(", ", entry.meta().tags()));
        if (entry instanceof Adr adr) {
            fields.put("number", String.valueOf(adr.number()));
            fields.put("status", adr.status().wire());
            fields.put("date", String.valueOf(adr.date()));
            fields.put("deciders", String.join(", ", adr.deciders()));
            fields.put("supersedes", targets(adr.supersedes()));
            fields.put("superseded_by", targets(adr.supersededBy()));
            fields.put("relations", adr.relations().stream().map(r -> r.verb() + " " + r.target().target()).collect(Collectors.joining("; ")));
        } else if (entry instanceof Runbook runbook) {
            fields.put("last_reviewed", runbook.lastReviewed() == null ? "never" : runbook.lastReviewed().toString());
            fields.put("review_every", period(runbook.reviewEvery()));
            fields.put("when_to_use", runbook.whenToUse() == null ? "" : runbook.whenToUse().source());
        } else if (entry instanceof Postmortem postmortem) {
            fields.put("date", String.valueOf(postmortem.date()));
            fields.put("severity", postmortem.severity() == null ? "" : postmortem.severity().wire());
            fields.put("timeline", postmortem.timeline().stream().map(t -> t.time() + " " + t.event().source()).collect(Collectors.joining("; ")));
            fields.put("action_items", postmortem.actionItems().stream().map(RecordFields::item).collect(Collectors.joining("; ")));
        }
        return fields;
    }

    private static String targets(List<Reference> references) {
        return references.stream().map(Reference::target).collect(Collectors.joining(", "));
    }

    private static String period(Period period) {
        if (period == null) {
            return "";
        }
        return period.getYears() > 0 ? period.getYears() + "y" : period.getMonths() > 0 ? period.getMonths() + "mo" : period.getDays() + "d";
    }

    /** {@code AI-1 Add a replica (team-sre, 2026-10-20, done)}: what is not set is left out of the brackets. */
    private static String item(ActionItem item) {
        String details = Stream.of(item.owner(), item.due() == null ? null : item.due().toString(), item.status().wire())
                .filter(Objects::nonNull).filter(s -> !s.isEmpty()).collect(Collectors.joining(", "));
        return item.id() + " " + item.title() + " (" + details + ")";
    }
}
