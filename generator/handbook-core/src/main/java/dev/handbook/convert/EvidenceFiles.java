package dev.handbook.convert;

import dev.handbook.catalog.Catalog;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.SourcePosition;
import dev.handbook.model.Backup;
import dev.handbook.model.ChaosExperiment;
import dev.handbook.model.Drill;
import dev.handbook.model.Entry;
import dev.handbook.model.EntryKind;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The tools' own files that records were read from (a Chaos Toolkit journal, a ChaosResult, a pgBackRest info, a
 * Velero object), to copy into the site
 * beside the files bodies link to, so a page links to the proof it was made of. A file a browser could run script
 * from, or one outside the repository, is not copied, with a warning, as for body links. JSON and YAML are inert.
 */
public final class EvidenceFiles {

    private final LinkTargets.Files files;

    /** @param files where the repository is, and what display paths are relative to */
    public EvidenceFiles(LinkTargets.Files files) {
        this.files = files;
    }

    /** Each record's evidence file that may be published: its display path to its path inside the repository. */
    public Map<String, String> of(Catalog catalog, Diagnostics diagnostics) {
        Map<String, String> published = new TreeMap<>();
        for (ChaosExperiment chaos : catalog.ofKind(EntryKind.CHAOS, ChaosExperiment.class)) {
            if (chaos.evidence() != null && !published.containsKey(chaos.evidence())) {
                publishable(chaos.evidence(), SourcePosition.file(chaos.meta().sourcePath()), diagnostics)
                        .ifPresent(inside -> published.put(chaos.evidence(), inside));
            }
        }
        // backup records and restores read from a tool's output are that output: their own file is the proof
        for (Entry entry : catalog.entries()) {
            String own = entry.meta().sourcePath();
            if ((entry instanceof Backup || entry instanceof Drill drill && drill.finished() != null) && !published.containsKey(own)) {
                files.publishable(own).ifPresent(inside -> published.put(own, inside));
            }
        }
        return published;
    }

    private Optional<String> publishable(String displayPath, SourcePosition where, Diagnostics diagnostics) {
        Optional<String> refusal = ScriptableFiles.refusal(files.displayBase().resolve(displayPath));
        if (refusal.isPresent()) {
            diagnostics.warning("link.scriptable", where, "The evidence file " + displayPath + " is not copied into the site: " + refusal.get() + ".",
                    "Point `evidence:` at the tool's JSON or YAML output instead.");
            return Optional.empty();
        }
        Optional<String> inside = files.publishable(displayPath);
        if (inside.isEmpty()) {
            diagnostics.warning("evidence.missing", where, "The evidence file " + displayPath
                    + " does not exist, or is hidden or outside the repository, so the page cannot link to it.",
                    "Set `evidence:` to the tool's file, relative to this record's file.");
        }
        return inside;
    }
}
