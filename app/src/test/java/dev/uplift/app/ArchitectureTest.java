package dev.uplift.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Keeps the module directions of design.md §3: model ← analysis, model ← views, everything ← app. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.uplift");
    }

    @Test
    void modelIsPlainJava() {
        noClasses().that().resideInAPackage("dev.uplift.model..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.uplift.analysis..", "dev.uplift.views..",
                        "dev.uplift.app..", "javafx..", "java.sql..", "org.jdbi..", "org.h2..", "com.github.javaparser..",
                        "com.fasterxml..", "org.slf4j..")
                .check(classes);
    }

    @Test
    void analysisKnowsNothingOfViewsStorageOrTheApp() {
        noClasses().that().resideInAPackage("dev.uplift.analysis..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.uplift.views..", "dev.uplift.app..", "javafx..",
                        "java.sql..", "org.jdbi..", "org.h2..")
                .check(classes);
    }

    @Test
    void viewsReachTheAppOnlyThroughModelInterfaces() {
        noClasses().that().resideInAPackage("dev.uplift.views..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.uplift.analysis..", "dev.uplift.app..",
                        "java.sql..", "org.jdbi..", "org.h2..", "com.github.javaparser..")
                .check(classes);
    }
}
