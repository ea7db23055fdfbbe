package org.convene;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * The package structure the house style promises, checked on every build: which feature may use
 * which, no cycles between them, and the rules each layer keeps.
 */
class ArchitectureTests {

    /**
     * The features and the features each may use: the real graph, written down. A package not in
     * this table fails the build until it declares what it uses; a use not listed here fails it
     * too, so a new dependency between features is a decision made in this file, not an accident.
     * The root package (the application) may use only {@code bench} and {@code store}, for the
     * benchmark and the backup and restore commands.
     */
    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("", Set.of("bench", "store")),
            Map.entry("analysis", Set.of()),
            Map.entry("store", Set.of()),
            Map.entry("system", Set.of()),
            Map.entry("network", Set.of("system")),
            Map.entry("security", Set.of("system")),
            Map.entry("exchange", Set.of("analysis", "network", "system")),
            Map.entry("map", Set.of("network", "system")),
            Map.entry("insight", Set.of("analysis", "network", "system")),
            Map.entry("report", Set.of("insight", "network", "security", "system")),
            Map.entry("engagement", Set.of("analysis", "insight", "network", "system")),
            Map.entry("bench", Set.of("analysis", "exchange", "insight", "network", "report", "store", "system")));

    static JavaClasses classes;

    @BeforeAll
    static void importMain() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.convene");
    }

    @Test
    void everyFeatureUsesOnlyTheFeaturesItDeclares() {
        featuresUseOnlyWhatTheyDeclare(ALLOWED).check(classes);
    }

    @Test
    void theDeclarationRuleFailsOnAnUndeclaredUseAndAnUndeclaredPackage() {
        var withoutSystemForNetwork = new HashMap<>(ALLOWED);
        withoutSystemForNetwork.put("network", Set.of());
        assertThatThrownBy(() ->
                        featuresUseOnlyWhatTheyDeclare(withoutSystemForNetwork).check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("org.convene.network")
                .hasMessageContaining("uses system, which package network does not declare");

        var withoutMap = new HashMap<>(ALLOWED);
        withoutMap.remove("map");
        assertThatThrownBy(() -> featuresUseOnlyWhatTheyDeclare(withoutMap).check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("package map is not in the table");
    }

    @Test
    void theTableHasNoCycles() {
        for (var feature : ALLOWED.keySet()) {
            assertThat(reachable(feature, feature, new HashSet<>()))
                    .as("%s reaches itself through the table", feature)
                    .isFalse();
        }
    }

    /**
     * A package-private type reached from another package compiles when the caller never names it
     * ({@code var}, a chained call) and fails only when that line runs; this finds it at build time.
     */
    @Test
    void noPackageReachesAnotherPackagesPrivateType() {
        classes()
                .that()
                .resideInAPackage("org.convene..")
                .should(new ArchCondition<JavaClass>("reach only public types of other packages") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                            var target = dependency.getTargetClass();
                            if (target.getPackageName().startsWith("org.convene")
                                    && !target.getPackageName().equals(item.getPackageName())
                                    && !target.getModifiers().contains(JavaModifier.PUBLIC)) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        }
                    }
                })
                .check(new ClassFileImporter().importPackages("org.convene"));
    }

    @Test
    void featuresAreFreeOfCycles() {
        slices().matching("org.convene.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void analysisIsPlainJavaWithoutSpringOrNeo4j() {
        noClasses()
                .that()
                .resideInAPackage("org.convene.analysis..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "org.neo4j..", "jakarta..")
                .check(classes);
    }

    @Test
    void controllersArePackagePrivate() {
        classes()
                .that()
                .areAnnotatedWith(RestController.class)
                .should()
                .notBePublic()
                .check(classes);
    }

    @Test
    void pageControllersArePackagePrivate() {
        classes()
                .that()
                .areAnnotatedWith(Controller.class)
                .should()
                .notBePublic()
                .check(classes);
    }

    @Test
    void onlyTheApplicationLivesAtTheRoot() {
        classes()
                .that()
                .resideInAPackage("org.convene")
                .should()
                .haveSimpleName("ConveneApplication")
                .check(classes);
    }

    private static boolean reachable(String from, String target, Set<String> seen) {
        for (var next : ALLOWED.getOrDefault(from, Set.of())) {
            if (next.equals(target) || (seen.add(next) && reachable(next, target, seen))) {
                return true;
            }
        }
        return false;
    }

    private static ArchRule featuresUseOnlyWhatTheyDeclare(Map<String, Set<String>> allowed) {
        return classes()
                .that()
                .resideInAPackage("org.convene..")
                .should(new ArchCondition<JavaClass>("use only the features their package declares") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        var feature = feature(item);
                        var declared = allowed.get(feature);
                        if (declared == null) {
                            events.add(SimpleConditionEvent.violated(
                                    item, item.getName() + ": package " + feature + " is not in the table"));
                            return;
                        }
                        for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                            var target = dependency.getTargetClass();
                            if (!target.getPackageName().startsWith("org.convene")) {
                                continue;
                            }
                            var used = feature(target);
                            if (!used.equals(feature) && !declared.contains(used)) {
                                events.add(SimpleConditionEvent.violated(
                                        dependency,
                                        dependency.getDescription() + ": package " + feature + " uses " + used
                                                + ", which package " + feature + " does not declare"));
                            }
                        }
                    }
                })
                .allowEmptyShould(false);
    }

    /** The feature a class belongs to: the first package below org.convene, or "" at the root. */
    private static String feature(JavaClass type) {
        var rest = type.getPackageName().substring("org.convene".length());
        if (rest.isEmpty()) {
            return "";
        }
        var dot = rest.indexOf('.', 1);
        return dot < 0 ? rest.substring(1) : rest.substring(1, dot);
    }
}
