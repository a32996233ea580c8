package dev.handbook.model;

import dev.handbook.diagnostics.SourcePosition;
import java.util.List;

/**
 * What every record has.
 *
 * @param owner the owning team or person; empty when the kind does not require one and none is given
 * @param sourcePath the file's path as shown to users
 * @param verify the verification snippets of its {@code verify:} field
 */
public record EntryMeta(EntryId id, String title, String owner, List<String> tags, String sourcePath, List<Snippet> verify) {

    public EntryMeta {
        tags = List.copyOf(tags);
        verify = List.copyOf(verify);
    }

    public SourcePosition origin() {
        return SourcePosition.file(sourcePath);
    }
}
