package dev.handbook.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        return refusal(out, content, "content").or(() -> refusal(out, site, "site"));
    }

    /** Why {@code out} may not be the output folder of a handbook that reads {@code sources}; empty when it may. */
    public static Optional<String> refusal(Path out, List<Path> sources) {
        return sources.stream().map(source -> refusal(out, source, "source")).flatMap(Optional::stream).findFirst();
    }

    private static Optional<String> refusal(Path out, Path source, String name) {
        Path target = real(out);
        Path folder = real(source);
        String choose = " Choose a folder outside " + (name.equals("source") ? "every source" : "content/ and site/") + ", such as target/handbook.";
        if (target.startsWith(folder)) {
            return Optional.of("The output folder " + out + " is inside the " + name + " folder " + source
                    + ": the site would be written among its own sources and replaced by the next build." + choose);
        }
        if (folder.startsWith(target)) {
            return Optional.of("The output folder " + out + " contains the " + name + " folder " + source
                    + ": replacing it with the site would delete the sources." + choose);
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
