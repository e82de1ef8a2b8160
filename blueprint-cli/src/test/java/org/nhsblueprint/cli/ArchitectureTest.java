package org.nhsblueprint.cli;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layering of ARCHITECTURE.md, held by one test: the model depends on nothing of ours; engines on the model only;
 * the dataset loaders on the model only; road routing (GraphHopper) on the model and the travel abstraction; reports
 * on the model and engines; the database (store) on the model only; the web layer on engines, reports, datasets and
 * the store; the CLI on top wires everything.
 */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.nhsblueprint");

    @Test
    void layersOnlyDependDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Model").definedBy("org.nhsblueprint.model..")
                .layer("Engines").definedBy("org.nhsblueprint.travel..", "org.nhsblueprint.access..",
                        "org.nhsblueprint.scenario..", "org.nhsblueprint.demand..", "org.nhsblueprint.capacity..",
                        "org.nhsblueprint.simulation..", "org.nhsblueprint.optimise..",
                        "org.nhsblueprint.consultation..")
                .layer("Storage").definedBy("org.nhsblueprint.dataset..")
                .layer("Routing").definedBy("org.nhsblueprint.network..")
                .layer("Exact").definedBy("org.nhsblueprint.exact..")
                .layer("Reports").definedBy("org.nhsblueprint.report..")
                .layer("Database").definedBy("org.nhsblueprint.store..")
                .layer("Web").definedBy("org.nhsblueprint.web..")
                .layer("Delivery").definedBy("org.nhsblueprint.cli..")
                .whereLayer("Delivery").mayNotBeAccessedByAnyLayer()
                .whereLayer("Web").mayOnlyBeAccessedByLayers("Delivery")
                .whereLayer("Database").mayOnlyBeAccessedByLayers("Web", "Delivery")
                .whereLayer("Reports").mayOnlyBeAccessedByLayers("Web", "Delivery")
                .whereLayer("Storage").mayOnlyBeAccessedByLayers("Web", "Delivery")
                .whereLayer("Routing").mayOnlyBeAccessedByLayers("Delivery")
                .whereLayer("Exact").mayOnlyBeAccessedByLayers("Delivery")
                .whereLayer("Engines").mayOnlyBeAccessedByLayers("Routing", "Exact", "Reports", "Web", "Delivery")
                .whereLayer("Model").mayOnlyBeAccessedByLayers("Engines", "Storage", "Routing", "Exact", "Reports",
                        "Database", "Web", "Delivery")
                .check(CLASSES);
    }

    @Test
    void theModelUsesNoLibraries() {
        noClasses().that().resideInAPackage("org.nhsblueprint.model..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.nhsblueprint.model..", "java..")
                .check(CLASSES);
    }

    @Test
    void orToolsStaysInsideTheExactModule() {
        noClasses().that().resideOutsideOfPackage("org.nhsblueprint.exact..")
                .should().dependOnClassesThat().resideInAPackage("com.google.ortools..")
                .check(CLASSES);
    }

    @Test
    void javalinStaysInTheWebLayerAndSqlInTheStore() {
        noClasses().that().resideOutsideOfPackage("org.nhsblueprint.web..")
                .should().dependOnClassesThat().resideInAPackage("io.javalin..")
                .check(CLASSES);
        noClasses().that().resideOutsideOfPackages("org.nhsblueprint.store..", "org.nhsblueprint.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.flywaydb..", "com.zaxxer..")
                .check(CLASSES);
    }

    @Test
    void graphHopperStaysInsideTheRoutingModule() {
        noClasses().that().resideOutsideOfPackage("org.nhsblueprint.network..")
                .should().dependOnClassesThat().resideInAPackage("com.graphhopper..")
                .check(CLASSES);
    }

    @Test
    void enginesKnowNothingOfFilesJsonOrTheCommandLine() {
        noClasses().that().resideInAnyPackage("org.nhsblueprint.travel..", "org.nhsblueprint.access..",
                        "org.nhsblueprint.scenario..", "org.nhsblueprint.demand..", "org.nhsblueprint.capacity..",
                        "org.nhsblueprint.simulation..", "org.nhsblueprint.optimise..",
                        "org.nhsblueprint.consultation..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "picocli..",
                        "org.apache.commons.csv..", "java.sql..", "java.nio.file..")
                .check(CLASSES);
    }

    @Test
    void theAccessEngineDependsOnTheTravelAbstractionNotOnTheEstimator() {
        noClasses().that().resideInAPackage("org.nhsblueprint.access..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("org.nhsblueprint.travel..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.simpleName("TravelTimes")))
                        .and(DescribedPredicate.not(JavaClass.Predicates.simpleName("Reach"))))
                .because("access must work with any TravelTimes (the estimate now, road networks later)")
                .check(CLASSES);
    }
}
