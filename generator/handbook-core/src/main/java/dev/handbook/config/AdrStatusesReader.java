package dev.handbook.config;

import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.formats.AdrStatusTable;
import dev.handbook.model.AdrStatus;
import dev.handbook.schema.Fields;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code adr_statuses:} of the site config into the ADR status table. Its keys are checked by the config schema;
 * a word listed under two statuses is an error at the second, since the table could not say which one it means.
 */
final class AdrStatusesReader {

    AdrStatusTable read(Fields f, Diagnostics diagnostics) {
        Map<AdrStatus, List<String>> extra = new EnumMap<>(AdrStatus.class);
        Map<String, AdrStatus> claimed = new HashMap<>();
        for (AdrStatus status : AdrStatus.values()) {
            for (String word : f.strings(status.wire())) {
                String normal = AdrStatusTable.normalize(word);
                AdrStatus other = claimed.putIfAbsent(normal, status);
                if (normal.isEmpty()) {
                    diagnostics.error("config.adr-status", f.position(status.wire()),
                            "'" + word + "' under " + status.wire() + " has no words once case, emoji and punctuation are taken off.",
                            "Write the status as ADRs write it, e.g. `" + status.defaultWords().get(1) + "`.");
                } else if (other != null && other != status) {
                    diagnostics.error("config.adr-status", f.position(status.wire()),
                            "'" + word + "' is listed under both " + other.wire() + " and " + status.wire() + " in `"
                                    + AdrStatusTable.CONFIG_KEY + "`.",
                            "Keep it under the one status it means.");
                } else {
                    extra.computeIfAbsent(status, s -> new ArrayList<>()).add(word);
                }
            }
        }
        return AdrStatusTable.standard().extendedWith(extra);
    }
}
