package dev.handbook.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Words for a failed file operation. Java's own messages are often just the path ({@code AccessDeniedException}), which
 * tells a user nothing they did not know.
 */
public final class IoProblems {

    /** What to do about a file or folder the build may not read. */
    public static final String PERMISSION_HINT =
            "Let the user who runs handbook read it (`chmod u+r`, or `u+rx` for a folder), or prefix its name with `_` to skip it.";

    private IoProblems() {}

    public static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "it was removed or renamed while the build ran";
        }
        if (e instanceof FileSystemLoopException) {
            return "its links lead back into itself";
        }
        if (e instanceof NotDirectoryException) {
            return "it is not a folder";
        }
        String reason = e.getMessage();
        return reason == null || reason.isBlank() ? e.getClass().getSimpleName() : reason.strip();
    }

    public static String hint(IOException e) {
        if (e instanceof AccessDeniedException) {
            return PERMISSION_HINT;
        }
        if (e instanceof NoSuchFileException) {
            return "Run the build again.";
        }
        return "Check that the file can be read, or prefix its name with `_` to skip it.";
    }
}
