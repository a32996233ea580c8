package dev.handbook.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a template can reach: one view record per page template, holding only strings, numbers, booleans, lists and
 * smaller view records of the render stage. A domain record, a service, a map or an {@code Optional} in a view fails here.
 */
class ViewContractTest {

    /** Every page template and the view it renders; the rest of the theme is imported by these. */
    static final Map<String, Class<? extends Record>> VIEWS = Map.ofEntries(
            Map.entry("home.ftlh", HomeView.class), Map.entry("index.ftlh", IndexView.class), Map.entry("attention.ftlh", AttentionView.class),
            Map.entry("map.ftlh", MapView.class), Map.entry("spof-matrix.ftlh", SpofMatrixView.class), Map.entry("tag.ftlh", TagView.class),
            Map.entry("tags.ftlh", TagsView.class), Map.entry("verification.ftlh", VerificationView.class),
            Map.entry("runbook.ftlh", RunbookView.class), Map.entry("adr.ftlh", AdrView.class), Map.entry("postmortem.ftlh", PostmortemView.class),
            Map.entry("spof.ftlh", SpofView.class), Map.entry("service.ftlh", ServiceView.class), Map.entry("drill.ftlh", DrillView.class),
            Map.entry("chaos.ftlh", ChaosView.class), Map.entry("backup.ftlh", BackupView.class), Map.entry("404.ftlh", NotFoundView.class),
            Map.entry("alert.ftlh", AlertView.class), Map.entry("alerts.ftlh", AlertsView.class));

    static final Set<String> IMPORTED = Set.of("layout.ftlh", "macros.ftlh", "diagrams.ftlh");

    static final Path THEME = Path.of("src/main/resources/handbook/templates");

    private static final Set<Class<?>> VALUES = Set.of(String.class, boolean.class, int.class, long.class, double.class);

    @Test
    void everyPageTemplateOfTheThemeHasItsViewRecord() throws IOException {
        try (Stream<Path> files = Files.list(THEME)) {
            List<String> templates = files.map(f -> f.getFileName().toString()).filter(n -> !IMPORTED.contains(n)).sorted().toList();
            assertThat(templates).containsExactlyInAnyOrderElementsOf(VIEWS.keySet());
        }
        assertThat(VIEWS.values()).allMatch(PageView.class::isAssignableFrom);
    }

    @Test
    void viewsHoldOnlyValuesListsAndSmallerViews() {
        List<String> problems = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        VIEWS.values().forEach(view -> check(view, view.getSimpleName(), seen, problems));
        assertThat(problems).as("components a template could reach that are not view values").isEmpty();
        assertThat(seen).as("the views reach the shared parts").contains(SiteView.class, SiteLinks.class, RecordView.class, ExerciseView.class);
    }

    private static void check(Type type, String where, Set<Class<?>> seen, List<String> problems) {
        if (type instanceof ParameterizedType generic) {
            if (generic.getRawType() == List.class) {
                check(generic.getActualTypeArguments()[0], where + "[]", seen, problems);
            } else {
                problems.add(where + ": " + type.getTypeName());
            }
            return;
        }
        Class<?> c = (Class<?>) type;
        if (VALUES.contains(c)) {
            return;
        }
        boolean view = c.isRecord() && c.getPackageName().startsWith("dev.handbook.render");
        if (!view) {
            problems.add(where + ": " + c.getName());
            return;
        }
        if (seen.add(c)) {
            for (RecordComponent component : c.getRecordComponents()) {
                check(component.getGenericType(), where + "." + component.getName(), seen, problems);
            }
        }
    }
}
