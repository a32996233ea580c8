package dev.handbook.parse;

import dev.handbook.model.Adr;
import dev.handbook.model.AdrRelation;
import dev.handbook.model.EntryMeta;
import dev.handbook.model.Markup;
import dev.handbook.model.Postmortem;
import dev.handbook.model.Runbook;
import dev.handbook.model.TimelineEvent;
import dev.handbook.schema.AdrSchema;
import dev.handbook.schema.Fields;
import dev.handbook.schema.PostmortemSchema;
import dev.handbook.schema.RunbookSchema;
import java.util.Optional;

/** Builds the kinds written as documents with front matter: runbooks, ADRs and postmortems. */
final class DocumentFactory {

    private DocumentFactory() {}

    static Runbook runbook(EntryMeta meta, Fields f, Optional<Markup> body) {
        return new Runbook(
                meta,
                f.get(RunbookSchema.LAST_REVIEWED),
                f.get(RunbookSchema.REVIEW_EVERY),
                f.get(RunbookSchema.SPOFS),
                f.get(RunbookSchema.SERVICES),
                f.get(RunbookSchema.WHEN_TO_USE),
                f.get(RunbookSchema.ALERTS),
                body.orElse(null));
    }

    static Adr adr(EntryMeta meta, Fields f, Optional<Markup> body, int number) {
        return new Adr(
                meta,
                number,
                f.get(AdrSchema.STATUS),
                f.get(AdrSchema.DATE),
                f.get(AdrSchema.DECIDERS),
                f.get(AdrSchema.SUPERSEDES),
                f.get(AdrSchema.SUPERSEDED_BY),
                f.get(AdrSchema.RELATIONS).stream().map(r -> new AdrRelation(r.get(AdrSchema.RELATION_VERB), r.get(AdrSchema.RELATION_TARGET))).toList(),
                f.get(AdrSchema.REVIEW_BY),
                body.orElse(null));
    }

    /** @param body absent for a pure YAML record */
    static Postmortem postmortem(EntryMeta meta, Fields f, Optional<Markup> body) {
        return new Postmortem(
                meta,
                f.get(PostmortemSchema.DATE),
                f.get(PostmortemSchema.SEVERITY),
                f.get(PostmortemSchema.DURATION),
                f.get(PostmortemSchema.IMPACT),
                f.get(PostmortemSchema.DETECTION),
                f.get(PostmortemSchema.SIMULATED, false),
                f.get(PostmortemSchema.SUMMARY),
                f.get(PostmortemSchema.TIMELINE).stream()
                        .map(t -> new TimelineEvent(t.get(PostmortemSchema.EVENT_TIME, ""), t.get(PostmortemSchema.EVENT_TEXT)))
                        .toList(),
                f.get(PostmortemSchema.ROOT_CAUSE),
                f.get(PostmortemSchema.CONTRIBUTING_FACTORS),
                f.get(PostmortemSchema.FIVE_WHYS),
                f.get(PostmortemSchema.WENT_WELL),
                f.get(PostmortemSchema.WENT_WRONG),
                f.get(PostmortemSchema.LUCKY),
                RecordParts.actionItems(f),
                f.get(PostmortemSchema.SPOFS),
                f.get(PostmortemSchema.SERVICES),
                f.get(PostmortemSchema.RUNBOOKS),
                body.orElse(null));
    }
}
