package dev.handbook.render;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One output file: its path inside the site (forward slashes) and its bytes.
 */
public record Page(String path, byte[] content) {

    public Page {
        Objects.requireNonNull(path, "path must not be null");
        Objects.requireNonNull(content, "content must not be null");
    }

    public static Page html(String path, String html) {
        return new Page(path, html.getBytes(StandardCharsets.UTF_8));
    }

    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }
}
