package dev.handbook.publish;

import dev.handbook.render.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The publish stage: writes a complete site beside the output folder, then swaps it into place, so a reader (or a
 * failed or killed build) never sees a half-written site. On Linux the swap is one atomic exchange
 * ({@link DirectorySwap}), so the output folder holds a whole site at every instant. Staging folders left by killed
 * builds are removed by the next build ({@link StagingFolders}).
 *
 * <p>To never delete something a user wrote, an existing output folder is replaced only if it is empty or was written
 * by handbook (it holds the {@value #MARKER} file).
 *
 * <p>A file whose bytes are the same as in the previous site is hard-linked from it rather than written again, so it
 * keeps its modification time and deploys, rsync and browser caches see it unchanged.
 */
public final class SitePublisher {

    /** Marks a folder as handbook output, safe to replace. */
    public static final String MARKER = ".handbook-site";

    /** Thrown when the output folder holds files that handbook did not write. */
    public static final class UnsafeOutputException extends IOException {
        private static final long serialVersionUID = 1L;

        UnsafeOutputException(String message) {
            super(message);
        }
    }

    /** Fails before any work is done if {@code out} may not be replaced. */
    public void checkReplaceable(Path out) throws IOException {
        if (!Files.exists(out)) {
            return;
        }
        if (!Files.isDirectory(out)) {
            throw new UnsafeOutputException("The output path " + out + " is a file, not a folder: choose another --out.");
        }
        if (!Files.exists(out.resolve(MARKER))) {
            try (Stream<Path> children = Files.list(out)) {
                if (children.findAny().isPresent()) {
                    throw new UnsafeOutputException(
                            "The output folder " + out + " is not empty and was not written by handbook; refusing to"
                                    + " replace it. Choose an empty or new folder with --out.");
                }
            }
        }
    }

    public void publish(Collection<Page> pages, Path out) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        checkReplaceable(target);
        Files.createDirectories(target.getParent());
        StagingFolders.removeAbandoned(target);
        Path staging = StagingFolders.create(target);
        try {
            for (Page page : pages) {
                Path file = staging.resolve(page.path()).normalize();
                if (!file.startsWith(staging)) {
                    throw new IllegalStateException("Page path escapes the site: " + page.path());
                }
                Files.createDirectories(file.getParent());
                if (!reuse(target.resolve(page.path()), page.content(), file)) {
                    Files.write(file, page.content());
                }
            }
            Files.writeString(staging.resolve(MARKER), "Written by handbook. This folder is replaced on every build.\n");
            DirectorySwap.replace(staging, target); // staging now holds the previous site, if there was one
        } finally {
            deleteTree(staging);
        }
    }

    /** Links {@code previous} into the staging site if it holds exactly {@code content}; false if it does not. */
    private static boolean reuse(Path previous, byte[] content, Path staged) {
        try {
            if (!Files.isRegularFile(previous) || Files.size(previous) != content.length
                    || !Arrays.equals(Files.readAllBytes(previous), content)) {
                return false;
            }
            Files.createLink(staged, previous);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false; // a file system without hard links: write the file instead
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
