package dev.handbook.cli;

import dev.handbook.HandbookException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The skeleton {@code handbook new} writes for a form (a kind, or {@code adr-tools}): {@code
 * site/templates/new/FORM.md|adoc|yaml} when the site has one, else the one shipped in the jar. Placeholders
 * {@code {{title}} {{owner}} {{date}} {{schema}} {{number}}} are filled in.
 */
record RecordTemplate(String text, String extension) {

    private static final List<String> EXTENSIONS = List.of("md", "adoc", "yaml");

    static RecordTemplate of(String form, Path site) {
        for (String extension : EXTENSIONS) {
            Path own = site.resolve("templates/new").resolve(form + "." + extension);
            if (Files.isRegularFile(own)) {
                try {
                    return new RecordTemplate(Files.readString(own), extension);
                } catch (IOException e) {
                    throw new HandbookException("Cannot read " + own + ": " + e.getMessage() + ".");
                }
            }
        }
        for (String extension : EXTENSIONS) {
            try (InputStream in = RecordTemplate.class.getResourceAsStream("new/" + form + "." + extension)) {
                if (in != null) {
                    return new RecordTemplate(new String(in.readAllBytes(), StandardCharsets.UTF_8), extension);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("No template for " + form + " in the jar");
    }

    /** The text with every placeholder replaced by its value, as given. */
    String fill(Map<String, String> values) {
        String out = text;
        for (Map.Entry<String, String> value : values.entrySet()) {
            out = out.replace("{{" + value.getKey() + "}}", value.getValue());
        }
        return out;
    }
}
