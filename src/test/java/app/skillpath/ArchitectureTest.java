package app.skillpath;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.core.domain.properties.HasParameterTypes.Predicates.rawParameterTypes;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The project's layering rules (README, "Architecture"), checked on the compiled main classes: one
 * package per feature with a {@code ui} subpackage, Vaadin only in {@code ui}, jOOQ only in
 * repositories, plain Java for the engines, {@code base} below every feature, no cycles, and
 * markup only through the escaping builder. Plain ArchUnit core in ordinary JUnit tests, so it does
 * not depend on a JUnit-engine integration.
 */
class ArchitectureTest {

    private static final String SAFE_HTML = "app.skillpath.base.ui.SafeHtml";
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
    void the_posting_analysis_is_plain_java_with_lucene_only() {
        noClasses().that().resideInAPackage("app.skillpath.posting")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.jooq..", "com.vaadin..",
                        GENERATED_JOOQ)
                .because("reading a posting is a library's work (Lucene), testable without Spring or a database")
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
    void the_team_analysis_and_its_downloads_are_plain_java() {
        noClasses().that().resideInAPackage("app.skillpath.team")
                .and().haveNameNotMatching(".*(Repository|Service|InvitationKind)(\\$.*)?")
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
    void no_package_depends_on_itself_through_others() {
        // jOOQ's generated classes refer to each other by design (schema, tables, keys)
        slices().matching("app.skillpath.(**)").should().beFreeOfCycles()
                .ignoreDependency(resideInAPackage(GENERATED_JOOQ), resideInAPackage(GENERATED_JOOQ))
                .check(classes);
    }

    @Test
    void base_depends_on_no_feature() {
        noClasses().that().resideInAPackage("app.skillpath.base..")
                .should().dependOnClassesThat().resideInAnyPackage("app.skillpath.account..", "app.skillpath.assessment..",
                        "app.skillpath.catalog..", "app.skillpath.home..", "app.skillpath.plan..", "app.skillpath.scoring..",
                        "app.skillpath.transfer..", "app.skillpath.team..", "app.skillpath.review..",
                        "app.skillpath.invitation..", "app.skillpath.target..", "app.skillpath.week..", "app.skillpath.feed..")
                .because("every feature's pages use base (the layout, markup, text rules); features reach base through interfaces")
                .check(classes);
    }

    @Test
    void markup_is_never_parsed_from_a_string() {
        noClasses().that().doNotHaveFullyQualifiedName(SAFE_HTML)
                .should().callMethodWhere(target(owner(assignableTo(org.jsoup.nodes.Node.class)))
                        .and(target(nameMatching("html|append|prepend|before|after|wrap|outerHtml")))
                        .and(target(rawParameterTypes(String.class))))
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.jsoup.Jsoup")
                // the parser itself (Parser.parseBodyFragment, parseFragment, ...) and a node written out unescaped
                .orShould().dependOnClassesThat().resideInAPackage("org.jsoup.parser..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.jsoup.nodes.DataNode")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("com.vaadin.flow.component.Html")
                .because("every text on a page is escaped by jsoup's element builder (SafeHtml); "
                        + "parsing a string into markup would let a user's words become markup")
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
