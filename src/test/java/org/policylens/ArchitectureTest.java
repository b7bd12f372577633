package org.policylens;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of DESIGN.md: each layer depends only on the layers below it. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.policylens");
    }

    @Test
    void layersDependDownwardsOnly() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Launcher").definedBy("org.policylens")
                .layer("Model").definedBy("org.policylens.model..")
                .layer("Text").definedBy("org.policylens.text..")
                .layer("Ingest").definedBy("org.policylens.ingest..")
                .layer("Extract").definedBy("org.policylens.extract..")
                .layer("Compare").definedBy("org.policylens.compare..")
                .layer("Store").definedBy("org.policylens.store..")
                .layer("Export").definedBy("org.policylens.export..")
                .layer("Concurrent").definedBy("org.policylens.concurrent..")
                .layer("I18n").definedBy("org.policylens.i18n..")
                .layer("Service").definedBy("org.policylens.service..")
                .layer("Cli").definedBy("org.policylens.cli..")
                .layer("Ui").definedBy("org.policylens.ui..")
                .whereLayer("Ui").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("Cli").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("Service").mayOnlyBeAccessedByLayers("Cli", "Ui", "Launcher")
                .whereLayer("Store").mayOnlyBeAccessedByLayers("Service", "Cli", "Ui")
                .whereLayer("Ingest").mayOnlyBeAccessedByLayers("Service", "Cli", "Ui")
                .whereLayer("Export").mayOnlyBeAccessedByLayers("Service", "Cli", "Ui")
                .whereLayer("Extract").mayOnlyBeAccessedByLayers("Ingest", "Compare", "Store", "Export", "Service", "Cli", "Ui")
                .whereLayer("Compare").mayOnlyBeAccessedByLayers("Ingest", "Store", "Export", "Service", "Cli", "Ui")
                .whereLayer("Text").mayOnlyBeAccessedByLayers("Ingest", "Extract", "Compare", "Store", "Export",
                        "Service", "Cli", "Ui")
                .check(classes);
    }

    @Test
    void domainLayersArePlainJava() {
        noClasses().that().resideInAnyPackage("org.policylens.model..", "org.policylens.text..",
                        "org.policylens.extract..", "org.policylens.compare..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.apache.poi..",
                        "org.jsoup..", "com.fasterxml.jackson..")
                .check(classes);
    }

    @Test
    void onlyTheStoreSpeaksSql() {
        noClasses().that().resideOutsideOfPackage("org.policylens.store..")
                .should().dependOnClassesThat().resideInAPackage("java.sql..")
                .check(classes);
    }

    @Test
    void onlyIngestAndExportTouchPoi() {
        noClasses().that().resideOutsideOfPackages("org.policylens.ingest..", "org.policylens.export..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.poi..")
                .check(classes);
    }

    @Test
    void javaFxStaysInTheUi() {
        noClasses().that().resideOutsideOfPackage("org.policylens.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }

    @Test
    void viewModelsDoNotTouchSceneGraph() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..")
                .check(classes);
    }
}
