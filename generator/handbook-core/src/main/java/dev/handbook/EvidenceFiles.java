package dev.handbook;

import dev.handbook.catalog.Catalog;
import dev.handbook.model.Backup;
import dev.handbook.model.Drill;
import dev.handbook.model.Entry;
import dev.handbook.model.EntryId;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The source files of evidence records (backup records, drills with a tool's finish time), by record, as paths inside
 * the repository: the site publishes them beside linked body files, so a record's page links the tool's own output.
 */
final class EvidenceFiles {

    private EvidenceFiles() {}

    static Map<EntryId, String> of(Catalog catalog, Path displayBase, Path repository) {
        Path root = repository.toAbsolutePath().normalize();
        Map<EntryId, String> files = new HashMap<>();
        for (Entry entry : catalog.entries()) {
            if (entry instanceof Backup || (entry instanceof Drill drill && drill.finished() != null)) {
                Path file = displayBase.toAbsolutePath().resolve(entry.meta().sourcePath()).normalize();
                if (file.startsWith(root)) { // files outside the repository are never published
                    files.put(entry.id(), root.relativize(file).toString().replace('\\', '/'));
                }
            }
        }
        return files;
    }
}
