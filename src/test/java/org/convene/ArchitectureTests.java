package org.convene;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** The package structure the house style promises, checked on every build. */
class ArchitectureTests {

    static JavaClasses classes;

    @BeforeAll
    static void importMain() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.convene");
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
    void analysisKnowsNoOtherFeature() {
        noClasses()
                .that()
                .resideInAPackage("org.convene.analysis..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.convene.network..",
                        "org.convene.insight..",
                        "org.convene.exchange..",
                        "org.convene.store..",
                        "org.convene.security..",
                        "org.convene.system..")
                .check(classes);
    }

    @Test
    void theStoredNetworkDoesNotDependOnItsUsers() {
        noClasses()
                .that()
                .resideInAPackage("org.convene.network..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.convene.insight..", "org.convene.exchange..", "org.convene.analysis..")
                .check(classes);
    }

    @Test
    void theStoreLayerKnowsNoFeature() {
        noClasses()
                .that()
                .resideInAPackage("org.convene.store..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.convene.network..",
                        "org.convene.insight..",
                        "org.convene.exchange..",
                        "org.convene.security..",
                        "org.convene.analysis..")
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
}
