package dev.handbook.schema;

import dev.handbook.model.EntryKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON Schemas as shipped in this jar (copied at build time from {@code schemas/}, which {@code SchemaFilesTest}
 * holds against {@link JsonSchemaWriter}): for {@code handbook schemas} and anyone else with the jar on the classpath.
 */
public final class ShippedSchemas {

    /** The schema of {@code site/handbook.yaml}. */
    public static final String CONFIG = "handbook-config.schema.json";

    private static final String FOLDER = "/dev/handbook/schemas/";

    private ShippedSchemas() {}

    /** Every schema's file name: one per kind, then the site config's. */
    public static List<String> fileNames() {
        List<String> names = new ArrayList<>();
        for (EntryKind kind : EntryKind.values()) {
            names.add(JsonSchemaWriter.fileName(kind));
        }
        names.add(CONFIG);
        return names;
    }

    /** The text of the schema {@code fileName}, one of {@link #fileNames()}. */
    public static String read(String fileName) {
        try (InputStream in = ShippedSchemas.class.getResourceAsStream(FOLDER + fileName)) {
            if (in == null) {
                throw new IllegalStateException("The jar lacks " + FOLDER + fileName + ": it was built without schemas/");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
