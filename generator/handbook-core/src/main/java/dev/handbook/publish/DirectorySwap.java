package dev.handbook.publish;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Puts a new folder where an old one was. On Linux it is one {@code renameat2(RENAME_EXCHANGE)} call, so a reader of
 * the path sees the whole old folder or the whole new one at every instant; elsewhere (another OS, a file system
 * without exchange) it is two renames, with a moment in between when the path does not exist.
 *
 * <p>Thread-safe and stateless.
 */
final class DirectorySwap {

    private static final int AT_FDCWD = -100;
    private static final int RENAME_EXCHANGE = 2;

    /** glibc's {@code renameat2}, bound through JNA on first use. */
    private interface LibC extends Library {
        int renameat2(int oldDirFd, String oldPath, int newDirFd, String newPath, int flags) throws LastErrorException;
    }

    private static final class LibcBinding {
        static final LibC LIBC = load();

        private static LibC load() {
            try {
                return Native.load("c", LibC.class);
            } catch (LinkageError | RuntimeException e) {
                return null; // not glibc: fall back to two renames
            }
        }
    }

    private DirectorySwap() {}

    /**
     * Moves {@code fresh} to {@code target}. If {@code target} existed, its old content ends up at {@code fresh}'s path
     * (for the caller to delete) and {@code true} is returned.
     */
    static boolean replace(Path fresh, Path target) throws IOException {
        if (!Files.exists(target)) {
            move(fresh, target);
            return false;
        }
        if (exchange(fresh, target)) {
            return true;
        }
        Path old = fresh.resolveSibling(fresh.getFileName() + ".old");
        move(target, old);
        try {
            move(fresh, target);
        } catch (IOException | RuntimeException e) {
            move(old, target);
            throw e;
        }
        move(old, fresh);
        return true;
    }

    /** Whether this machine swapped the two paths atomically. */
    static boolean exchange(Path a, Path b) {
        LibC libc = LibcBinding.LIBC;
        if (libc == null) {
            return false;
        }
        try {
            return libc.renameat2(AT_FDCWD, a.toString(), AT_FDCWD, b.toString(), RENAME_EXCHANGE) == 0;
        } catch (LastErrorException | UnsatisfiedLinkError e) {
            return false; // ENOSYS, EINVAL (file system without exchange), or a libc without renameat2
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
