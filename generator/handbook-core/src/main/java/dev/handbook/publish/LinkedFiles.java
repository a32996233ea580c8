package dev.handbook.publish;

import dev.handbook.render.Page;
import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.SourcePosition;
import dev.handbook.model.PagePaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The files that record bodies link to and that are not records (images, diagrams, PDFs), as pages of the site under
 * {@link PagePaths#file}, so links to them work on the website, in the preview and in the offline handbook.
 */
public final class LinkedFiles {

    /**
     * @param paths paths inside {@code repository}, as the converters found them (regular files, checked to be inside)
     */
    public List<Page> read(Collection<String> paths, Path repository, Diagnostics diagnostics) {
        List<Page> pages = new ArrayList<>(paths.size());
        for (String path : paths) {
            try {
                pages.add(new Page(PagePaths.file(path), Files.readAllBytes(repository.resolve(path))));
            } catch (IOException e) {
                diagnostics.warning("link.unreadable", SourcePosition.file(path), "This file, which a record links to, cannot be read ("
                        + e.getClass().getSimpleName() + "); the link will lead nowhere.", "Check that the file is readable.");
            }
        }
        return pages;
    }
}
