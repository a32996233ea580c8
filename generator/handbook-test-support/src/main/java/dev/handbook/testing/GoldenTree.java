package dev.handbook.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A generated tree as the goldens see it: every file by relative path, except that each vendored folder (third-party
 * libraries copied into the site) is one manifest, {@code <folder>.sha256}, listing its files with their size and hash.
 * A new library version then shows as one changed line, not a megabyte of minified text.
 */
final class GoldenTree {

    static final String MANIFEST = ".sha256";

    private GoldenTree() {}

    /** The files of {@code root} to compare with goldens, by relative path with forward slashes. */
    static Map<String, byte[]> read(Path root, List<String> vendored) {
        Map<String, byte[]> files = new TreeMap<>();
        for (String file : list(root)) {
            if (vendored.stream().noneMatch(folder -> file.startsWith(folder + "/"))) {
                files.put(file, bytes(root.resolve(file)));
            }
        }
        for (String folder : vendored) {
            files.put(folder + MANIFEST, manifest(root.resolve(folder)));
        }
        return files;
    }

    /** {@code <sha-256>  <size>  <path>} per file, sorted, as {@code sha256sum} prints it plus the size. */
    static byte[] manifest(Path folder) {
        StringBuilder lines = new StringBuilder();
        for (String file : list(folder)) {
            byte[] content = bytes(folder.resolve(file));
            lines.append(sha256(content)).append("  ").append(content.length).append("  ").append(file).append('\n');
        }
        return lines.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Relative paths (forward slashes) of all regular files under {@code root}; none when it does not exist. */
    static Set<String> list(Path root) {
        if (!Files.isDirectory(root)) {
            return new TreeSet<>();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
