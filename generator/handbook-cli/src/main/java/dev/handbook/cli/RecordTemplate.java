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
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The skeleton {@code handbook new} writes for a form (a kind, {@code adr-tools}, or a named variant {@code KIND.NAME}):
 * {@code site/templates/new/FORM.md|adoc|yaml} when the site has one, else the one shipped in the jar. Placeholders
 * {@code {{title}} {{owner}} {{date}} {{schema}} {{number}}} are filled in.
 */
record RecordTemplate(String text, String extension) {

    private static final List<String> EXTENSIONS = List.of("md", "adoc", "yaml");
    /** The named variants in the jar, as KIND.NAME: the documents teams ask for that are runbooks of a known shape. */
    private static final List<String> SHIPPED_VARIANTS = List.of("runbook.restore-from-backup", "runbook.incident-commander");

    /** The variant names {@code --template} takes for {@code kind}: the shipped ones and the site's KIND.NAME files. */
    static SortedSet<String> variants(String kind, Path site) {
        SortedSet<String> names = new TreeSet<>();
        SHIPPED_VARIANTS.stream().filter(v -> v.startsWith(kind + ".")).forEach(v -> names.add(v.substring(kind.length() + 1)));
        Path own = site.resolve("templates/new");
        if (Files.isDirectory(own)) {
            try (Stream<Path> files = Files.list(own)) {
                files.map(f -> f.getFileName().toString())
                        .filter(f -> f.startsWith(kind + ".") && EXTENSIONS.stream().anyMatch(e -> f.endsWith("." + e)))
                        .map(f -> f.substring(kind.length() + 1, f.lastIndexOf('.')))
                        .filter(name -> !name.isEmpty())
                        .forEach(names::add);
            } catch (IOException e) {
                throw new HandbookException("Cannot list " + own + ": " + e.getMessage() + ".");
            }
        }
        return names;
    }

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
