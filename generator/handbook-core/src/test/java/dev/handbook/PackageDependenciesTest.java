package dev.handbook;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps handbook-core's imports pointing forward: no cycle between its packages, and no class of a stage that uses a
 * later stage. A failure names the class, what it uses and where.
 */
class PackageDependenciesTest {

    /**
     * The stages, earliest first, as packages under {@code dev.handbook} ({@code ""} is the root, the facade). A
     * sub-package counts with its parent unless it is listed itself. A new package goes where its inputs are all
     * before it.
     */
    static final List<String> STAGES = List.of("diagnostics", "model", "yaml", "schema", "formats", "config", "source", "parse", "layout",
            "catalog", "convert", "xref", "alerts", "verify", "freshness", "render.input", "render.diagram", "render", "search", "publish", "", "policy");

    private static final String ROOT = "dev.handbook";

    /** The main classes of this module only: tests may reach across stages, and other modules are not stages. */
    private static final JavaClasses MAIN = new ClassFileImporter().importPath(Path.of("target/classes"));

    @Test
    void noCycleBetweenPackages() {
        slices().assignedFrom(BY_PACKAGE).should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void noStageUsesALaterStage() {
        classes().should(useOnlyEarlierStages()).check(MAIN);
    }

    @Test
    void everyPackageIsAStage() {
        classes().should(new ArchCondition<JavaClass>("be in a package listed in STAGES") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                if (stage(item.getPackageName()) < 0) {
                    events.add(SimpleConditionEvent.violated(item, item.getName() + " is in " + item.getPackageName()
                            + ", which is no stage: add it to PackageDependenciesTest.STAGES after every stage it uses."));
                }
            }
        }).check(MAIN);
    }

    /** Each package is its own slice, the root package too, so a cycle between a package and its parent counts. */
    private static final SliceAssignment BY_PACKAGE = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            return name.equals(ROOT) || name.startsWith(ROOT + ".") ? SliceIdentifier.of(name) : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "packages of " + ROOT;
        }
    };

    private static ArchCondition<JavaClass> useOnlyEarlierStages() {
        return new ArchCondition<>("use only classes of its own or an earlier stage") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                int from = stage(origin.getPackageName());
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    int to = stage(dependency.getTargetClass().getPackageName());
                    if (from >= 0 && to > from) {
                        events.add(SimpleConditionEvent.violated(dependency, origin.getName() + " (stage " + name(from) + ") uses "
                                + dependency.getTargetClass().getName() + " of the later stage " + name(to) + ": "
                                + dependency.getDescription()));
                    }
                }
            }
        };
    }

    /** The index in {@link #STAGES} of the stage a package belongs to; -1 outside {@code dev.handbook} or unlisted. */
    static int stage(String packageName) {
        if (!packageName.equals(ROOT) && !packageName.startsWith(ROOT + ".")) {
            return -1;
        }
        String relative = packageName.equals(ROOT) ? "" : packageName.substring(ROOT.length() + 1);
        String candidate = relative;
        while (true) {
            int index = STAGES.indexOf(candidate);
            if (index >= 0) {
                return index;
            }
            int dot = candidate.lastIndexOf('.');
            if (dot < 0) {
                return -1; // a top-level package nobody placed: everyPackageIsAStage says so
            }
            candidate = candidate.substring(0, dot);
        }
    }

    private static String name(int stage) {
        return STAGES.get(stage).isEmpty() ? ROOT + " (root)" : STAGES.get(stage);
    }
}
