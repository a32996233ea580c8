package dev.handbook.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a site may be written: never inside the content or site folder (a build would publish into its own sources,
 * and the next one would replace them), nor in a folder that holds them. Shared by every front end (CLI, Maven).
 * Paths are compared after resolving links, so a link cannot hide the overlap.
 */
public final class OutputFolderRule {

    private OutputFolderRule() {}

    /** Why {@code out} may not be the output folder for {@code content} and {@code site}; empty when it may. */
    public static Optional<String> refusal(Path out, Path content, Path site) {
        Path target = real(out);
        for (Path source : new Path[] {content, site}) {
            Path folder = real(source);
            String name = source == content ? "content" : "site";
            if (target.startsWith(folder)) {
                return Optional.of("The output folder " + out + " is inside the " + name + " folder " + source
                        + ": the site would be written among its own sources and replaced by the next build."
                        + " Choose a folder outside content/ and site/, such as target/handbook.");
            }
            if (folder.startsWith(target)) {
                return Optional.of("The output folder " + out + " contains the " + name + " folder " + source
                        + ": replacing it with the site would delete the sources."
                        + " Choose a folder outside content/ and site/, such as target/handbook.");
            }
        }
        return Optional.empty();
    }

    /** The real path of the deepest existing ancestor, with the rest appended: links resolved, even for new folders. */
    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (IOException e) {
            return absolute;
        }
    }
}
