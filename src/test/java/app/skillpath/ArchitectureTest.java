package app.skillpath;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The layering rules of STYLE.md, checked on the compiled main classes. Plain ArchUnit core in
 * ordinary JUnit tests, so it does not depend on a JUnit-engine integration.
 */
class ArchitectureTest {

    private static final String GENERATED_JOOQ = "app.skillpath.db.generated..";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.skillpath");
    }

    @Test
    void vaadin_types_stay_inside_ui_packages() {
        noClasses().that().resideOutsideOfPackage("..ui..")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .because("views live in a feature's ui package; services and records stay UI-free")
                .check(classes);
    }

    @Test
    void jooq_is_used_only_by_repositories() {
        noClasses().that().haveNameNotMatching(".*Repository(\\$.*)?")
                .and().resideOutsideOfPackage(GENERATED_JOOQ)
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", GENERATED_JOOQ)
                .because("SQL belongs in repositories, which map rows to records")
                .check(classes);
    }

    @Test
    void ui_code_does_not_reach_past_services_into_repositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat(resideInAPackage("app.skillpath..").and(simpleNameEndingWith("Repository")))
                .check(classes);
    }

    @Test
    void the_scoring_engine_is_plain_java() {
        noClasses().that().resideInAPackage("app.skillpath.scoring")
                .and().haveNameNotMatching(".*Service(\\$.*)?")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.jooq..", "com.vaadin..")
                .check(classes);
    }

    @Test
    void plan_generation_dating_and_exports_are_plain_java() {
        noClasses().that().resideInAPackage("app.skillpath.plan")
                .and().haveNameNotMatching(".*(Repository|Service)(\\$.*)?")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.jooq..", "com.vaadin..")
                .check(classes);
    }

    @Test
    void the_catalog_parser_and_records_are_plain_java() {
        noClasses().that().resideInAPackage("app.skillpath.catalog")
                .and().haveNameNotMatching(".*(Repository|Service|Loader)(\\$.*)?")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.jooq..", "com.vaadin..")
                .check(classes);
    }

    @Test
    void transfer_goes_through_the_features_services_not_their_repositories() {
        noClasses().that().resideInAPackage("app.skillpath.transfer..")
                .should().dependOnClassesThat(resideOutsideOfPackage("app.skillpath.transfer..")
                        .and(simpleNameEndingWith("Repository")))
                .because("a service keeps its feature's checks and per-owner rules; the import and export use them too")
                .check(classes);
    }
}
