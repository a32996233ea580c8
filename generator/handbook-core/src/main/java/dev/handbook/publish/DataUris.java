package dev.handbook.publish;

import dev.handbook.render.Page;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

/** {@code data:} URIs for the site's files, so the offline handbook embeds its images and fonts. */
final class DataUris {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("avif", "image/avif"),
            Map.entry("svg", "image/svg+xml"), Map.entry("ico", "image/x-icon"), Map.entry("woff2", "font/woff2"),
            Map.entry("woff", "font/woff"), Map.entry("ttf", "font/ttf"), Map.entry("otf", "font/otf"),
            Map.entry("css", "text/css"), Map.entry("js", "text/javascript"), Map.entry("json", "application/json"),
            Map.entry("html", "text/html"), Map.entry("txt", "text/plain"), Map.entry("mp4", "video/mp4"),
            Map.entry("webm", "video/webm"), Map.entry("pdf", "application/pdf"));

    private DataUris() {}

    static String of(Page file) {
        String name = file.path().substring(file.path().lastIndexOf('/') + 1);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        return "data:" + TYPES.getOrDefault(extension, "application/octet-stream") + ";base64,"
                + Base64.getEncoder().encodeToString(file.content());
    }
}
