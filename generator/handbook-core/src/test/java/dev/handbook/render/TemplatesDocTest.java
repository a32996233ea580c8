package dev.handbook.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * docs/templates.md tells theme authors what each template receives. Its field lists are generated from the view records,
 * so they cannot drift: this test fails when they differ, and writes the current lists to
 * {@code target/templates-views.md} to copy in.
 */
class TemplatesDocTest {

    static final Path DOC = Path.of("../../docs/templates.md");
    static final String BEGIN = "<!-- views:begin (generated from the view records; TemplatesDocTest) -->\n";
    static final String END = "<!-- views:end -->";
    /** Every page view's components from {@link PageView}, said once in the doc rather than under each template. */
    static final Set<String> PAGE = Set.of("site", "title", "section");

    @Test
    void theDocListsEveryTemplatesViewFieldsAsTheRecordsHaveThem() throws IOException {
        String generated = generate();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/templates-views.md"), generated);
        String doc = Files.readString(DOC);
        assertThat(doc).contains(BEGIN).contains(END);
        String listed = doc.substring(doc.indexOf(BEGIN) + BEGIN.length(), doc.indexOf(END));
        assertThat(listed).as("docs/templates.md is out of date; the current lists are in target/templates-views.md").isEqualTo(generated);
    }

    static String generate() {
        StringBuilder out = new StringBuilder();
        Set<Class<?>> parts = new LinkedHashSet<>();
        for (Map.Entry<String, Class<? extends Record>> view : new TreeMap<>(ViewContractTest.VIEWS).entrySet()) {
            out.append("\n### `").append(view.getKey()).append("`: ").append(name(view.getValue())).append("\n\n");
            fields(view.getValue(), out, parts);
            parts.add(SiteView.class);
        }
        out.append("\n### Parts the views share\n");
        List<Class<?>> done = new ArrayList<>();
        while (done.size() < parts.size()) {
            Class<?> part = parts.stream().filter(p -> !done.contains(p)).findFirst().orElseThrow();
            done.add(part);
            out.append("\n`").append(name(part)).append("`\n\n");
            fields(part, out, parts);
        }
        return out.toString();
    }

    private static void fields(Class<?> record, StringBuilder out, Set<Class<?>> parts) {
        for (RecordComponent c : record.getRecordComponents()) {
            if (PageView.class.isAssignableFrom(record) && PAGE.contains(c.getName())) {
                continue;
            }
            out.append("- `").append(c.getName()).append("`: ").append(type(c.getGenericType(), parts)).append('\n');
        }
    }

    private static String type(Type type, Set<Class<?>> parts) {
        if (type instanceof ParameterizedType list) {
            return "list of " + type(list.getActualTypeArguments()[0], parts);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return "text";
        }
        if (c == boolean.class) {
            return "true or false";
        }
        if (c.isPrimitive()) {
            return "number";
        }
        parts.add(c);
        return "`" + name(c) + "`";
    }

    private static String name(Class<?> c) {
        return c.getEnclosingClass() == null ? c.getSimpleName() : c.getEnclosingClass().getSimpleName() + "." + c.getSimpleName();
    }
}
