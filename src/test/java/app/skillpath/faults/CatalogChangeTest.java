package app.skillpath.faults;

import app.skillpath.SpringTest;
import app.skillpath.account.Account;
import app.skillpath.account.TestAccounts;
import app.skillpath.assessment.AssessmentException;
import app.skillpath.assessment.AssessmentService;
import app.skillpath.assessment.RatingChange;
import app.skillpath.catalog.Catalog;
import app.skillpath.catalog.CatalogException;
import app.skillpath.catalog.CatalogFiles;
import app.skillpath.catalog.CatalogFiles.Edit;
import app.skillpath.catalog.CatalogParser;
import app.skillpath.catalog.CatalogService;
import app.skillpath.catalog.CatalogSource;
import app.skillpath.catalog.Role;
import app.skillpath.catalog.Skill;
import app.skillpath.plan.Plan;
import app.skillpath.plan.PlanException;
import app.skillpath.plan.PlanService;
import app.skillpath.plan.PlanStep;
import app.skillpath.plan.StepStatus;
import app.skillpath.scoring.FitScore;
import app.skillpath.scoring.FitService;
import app.skillpath.scoring.RoleRequirements;
import app.skillpath.transfer.UserDataService;
import app.skillpath.target.Target;
import app.skillpath.target.TargetDraft;
import app.skillpath.target.TargetService;
import app.skillpath.target.TargetSkill;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.context.SecurityContextHolder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static app.skillpath.account.TestAccounts.logIn;
import static app.skillpath.db.generated.Tables.ROLE;
import static app.skillpath.db.generated.Tables.SKILL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Editing the catalog files never loses users' data: edited levels re-score everyone and plans keep their progress;
 * a removed key that users' data uses is refused unless the files say it was renamed or retired.
 */
@SpringTest
class CatalogChangeTest {

    @Autowired
    CatalogService catalogService;

    @Autowired
    AssessmentService assessmentService;

    @Autowired
    FitService fitService;

    @Autowired
    PlanService planService;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    DSLContext dsl;

    @Autowired
    UserDataService userDataService;

    @Autowired
    TargetService targetService;

    @AfterEach
    void restore() {
        SecurityContextHolder.clearContext();
        // the scenarios' user goes first, so that the real catalog may drop the Data Engineer again
        accounts.forEach(testAccounts::delete);
        catalogService.install(CatalogParser.parse(CatalogFiles.real()));
    }

    @Test
    void lowering_a_required_level_rescores_consistently_and_the_plan_keeps_its_progress() {
        logIn(testAccounts.create("catalogue"));
        assessmentService.rate("statistics", 2);
        assessmentService.rate("team-leadership", 1);
        Plan plan = planService.createPlan("data-science-manager", 10);
        PlanStep leadership = plan.steps().stream().filter(s -> s.key().equals("skill:team-leadership")).findFirst().orElseThrow();
        planService.updateStep(leadership.id(), leadership.version(), StepStatus.IN_PROGRESS, "Mentoring two juniors");
        double before = manager().fit();

        // the operator edits the file: statistics for the manager now asks for level 2, not 3
        catalogService.install(CatalogParser.parse(CatalogFiles.realWith("roles/data-science-manager.yaml",
                "      - skill: statistics\n        article-text: Knowledge of statistical concepts and methods\n        level: 3",
                "      - skill: statistics\n        article-text: Knowledge of statistical concepts and methods\n        level: 2")));

        FitScore after = manager();
        // statistics (weight 2 of 15) goes from 2/3 covered to fully covered: + 100 * 2 * (1/3) / 15
        assertThat(after.fit() - before).isCloseTo(100.0 * 2 / 3 / 15, org.assertj.core.api.Assertions.within(1e-9));
        Plan regenerated = planService.regenerate("data-science-manager");
        PlanStep statistics = regenerated.steps().stream().filter(s -> s.key().equals("skill:statistics")).findFirst().orElseThrow();
        assertThat(statistics.status()).isEqualTo(StepStatus.DONE);
        assertThat(statistics.closedByRating()).isTrue();
        PlanStep stillLeadership = regenerated.steps().stream().filter(s -> s.key().equals("skill:team-leadership")).findFirst().orElseThrow();
        assertThat(stillLeadership.status()).isEqualTo(StepStatus.IN_PROGRESS);
        assertThat(stillLeadership.note()).contains("Mentoring two juniors");
    }

    // The scenarios below use the test-only Data Engineer file (extra-catalog/data-engineer.yaml) and its own skill
    // data-pipelines, which no other test's users rate or plan, so the counts in the messages are this test's alone.
    private static final String DE_FILE = "extra-catalog/data-engineer.yaml";
    private static final String PIPELINES_SKILL = """
              - key: data-pipelines
                name: Data pipelines
                area: infrastructure
                description: Building and operating batch and streaming data pipelines.
            """;
    private static final String PIPELINES_REQUIREMENT = """
                  - skill: data-pipelines
                    article-text: Building reliable data pipelines
                    level: 3
                    weight: 3
                    rationale: The core of the role.
            """;
    private static final String PIPELINES_TIP_BUILDS = "builds: [data-pipelines]";

    /** The scenarios' users, deleted after each test. */
    private final List<Account> accounts = new java.util.ArrayList<>();

    private Account newUser(String prefix) {
        Account account = testAccounts.create(prefix);
        accounts.add(account);
        logIn(account);
        return account;
    }

    /** The real files plus the Data Engineer's, with the given edits. */
    private static List<CatalogSource> dataEngineerCatalog(Edit... edits) {
        return CatalogFiles.edited(CatalogFiles.realPlusExtraRole(), edits);
    }

    /** A user with a rating (and so a history entry) for data pipelines and a Data Engineer plan with a step for it. */
    private void rateDataPipelinesAndPlan() {
        catalogService.install(CatalogParser.parse(CatalogFiles.realPlusExtraRole()));
        newUser("piper");
        assessmentService.rate("data-pipelines", 1);
        planService.createPlan("data-engineer", 10);
        assertThat(step("skill:data-pipelines")).as("the plan has a step for the gap").isPresent();
    }

    private Optional<PlanStep> step(String key) {
        return planService.myPlan("data-engineer").orElseThrow().steps().stream()
                .filter(step -> step.key().equals(key)).findFirst();
    }

    @Test
    void removing_a_skill_that_only_a_users_target_asks_for_is_refused_and_keeps_the_target() {
        catalogService.install(CatalogParser.parse(CatalogFiles.realPlusExtraRole()));
        newUser("aimer");
        Target target = targetService.create(new TargetDraft("Pipeline job", "", "", "", List.of(
                TargetDraft.SkillDraft.catalog("data-pipelines", 3, 3, true)), Optional.empty(), List.of()));
        Catalog withoutPipelines = CatalogParser.parse(dataEngineerCatalog(new Edit(DE_FILE, PIPELINES_SKILL, ""),
                new Edit(DE_FILE, PIPELINES_REQUIREMENT, ""), new Edit(DE_FILE, PIPELINES_TIP_BUILDS, "builds: [programming]")));

        assertThatThrownBy(() -> catalogService.install(withoutPipelines))
                .isInstanceOf(CatalogException.class)
                .hasMessage(DE_FILE + ": skill \"data-pipelines\" was removed, but 1 user's ratings, history "
                        + "entries, plan steps, targets, reviews or team suggestions (1 row) use it; mark it \"retired: true\" or name its new key with "
                        + "\"renamed-from: data-pipelines\"");

        assertThat(targetService.myTarget(target.key()).orElseThrow().skills()).extracting(TargetSkill::skillKey)
                .containsExactly("data-pipelines");
    }

    @Test
    void removing_a_skill_that_a_user_rated_and_planned_is_refused_and_keeps_every_row() {
        rateDataPipelinesAndPlan();
        Catalog withoutPipelines = CatalogParser.parse(dataEngineerCatalog(new Edit(DE_FILE, PIPELINES_SKILL, ""),
                new Edit(DE_FILE, PIPELINES_REQUIREMENT, ""), new Edit(DE_FILE, PIPELINES_TIP_BUILDS, "builds: [programming]")));

        assertThatThrownBy(() -> catalogService.install(withoutPipelines))
                .isInstanceOf(CatalogException.class)
                .hasMessage(DE_FILE + ": skill \"data-pipelines\" was removed, but 1 user's ratings, history "
                        + "entries, plan steps, targets, reviews or team suggestions (3 rows) use it; mark it \"retired: true\" or name its new key with "
                        + "\"renamed-from: data-pipelines\"");

        assertThat(assessmentService.mine().level("data-pipelines")).contains(1);
        assertThat(assessmentService.myHistory()).anyMatch(change -> change.skillKey().equals("data-pipelines"));
        assertThat(step("skill:data-pipelines")).isPresent();
        assertThat(catalogService.catalog().role("data-engineer").orElseThrow().requirement("data-pipelines")).isPresent();
    }

    @Test
    void renaming_a_skill_keeps_every_users_rating_history_and_plan_step_under_the_new_key() {
        rateDataPipelinesAndPlan();
        PlanStep before = step("skill:data-pipelines").orElseThrow();
        planService.updateStep(before.id(), before.version(), StepStatus.IN_PROGRESS, "Half way through the course");
        long skillId = skillId("data-pipelines");
        Catalog renamed = CatalogParser.parse(dataEngineerCatalog(
                new Edit(DE_FILE, "  - key: data-pipelines\n", "  - key: data-flows\n    renamed-from: data-pipelines\n"),
                new Edit(DE_FILE, "      - skill: data-pipelines", "      - skill: data-flows"),
                new Edit(DE_FILE, PIPELINES_TIP_BUILDS, "builds: [data-flows]")));

        catalogService.install(renamed);
        catalogService.install(renamed); // the next start, with renamed-from still in the file, changes nothing more

        assertThat(skillId("data-flows")).as("the same row, under its new key").isEqualTo(skillId);
        assertThat(assessmentService.mine().level("data-flows")).contains(1);
        assertThat(assessmentService.mine().ratings()).doesNotContainKey("data-pipelines");
        assertThat(assessmentService.myHistory()).extracting(RatingChange::skillKey)
                .contains("data-flows").doesNotContain("data-pipelines");
        PlanStep after = step("skill:data-flows").orElseThrow();
        assertThat(after.id()).isEqualTo(before.id());
        assertThat(after.status()).isEqualTo(StepStatus.IN_PROGRESS);
        assertThat(after.note()).contains("Half way through the course");
        assertThat(after.draft().skillKey()).contains("data-flows");
        assertThat(step("skill:data-pipelines")).isEmpty();
    }

    @Test
    void a_rename_onto_a_key_that_is_already_stored_is_refused_rather_than_merged() {
        Edit flows = new Edit(DE_FILE, PIPELINES_SKILL, PIPELINES_SKILL + """
                  - key: data-flows
                    name: Data flows
                    area: infrastructure
                    description: A second skill, stored before the rename.
                """);
        catalogService.install(CatalogParser.parse(dataEngineerCatalog(flows)));
        newUser("merger");
        assessmentService.rate("data-pipelines", 2);
        assessmentService.rate("data-flows", 3);

        Catalog renamed = CatalogParser.parse(dataEngineerCatalog(
                new Edit(DE_FILE, PIPELINES_SKILL, """
                          - key: data-flows
                            renamed-from: data-pipelines
                            name: Data flows
                            area: infrastructure
                            description: Both in one.
                        """),
                new Edit(DE_FILE, "      - skill: data-pipelines", "      - skill: data-flows"),
                new Edit(DE_FILE, PIPELINES_TIP_BUILDS, "builds: [data-flows]")));

        assertThatThrownBy(() -> catalogService.install(renamed))
                .isInstanceOf(CatalogException.class)
                .hasMessage(DE_FILE + ": skill \"data-pipelines\" is renamed to \"data-flows\", but \"data-flows\" is already "
                        + "stored as an entry of its own, and 1 user's ratings, history entries, plan steps, targets, reviews or team suggestions (2 rows) use it; "
                        + "keep \"data-pipelines\" with \"retired: true\" instead");
        assertThat(assessmentService.mine().level("data-pipelines")).contains(2);
        assertThat(assessmentService.mine().level("data-flows")).contains(3);
    }

    @Test
    void retiring_a_skill_keeps_the_users_data_but_offers_scores_and_plans_it_no_more() {
        rateDataPipelinesAndPlan();

        catalogService.install(CatalogParser.parse(dataEngineerCatalog(
                new Edit(DE_FILE, PIPELINES_SKILL, PIPELINES_SKILL + "    retired: true\n"),
                new Edit(DE_FILE, PIPELINES_REQUIREMENT, ""),
                new Edit(DE_FILE, PIPELINES_TIP_BUILDS, "builds: [programming]"))));

        Catalog catalog = catalogService.catalog();
        assertThat(catalog.skillsByKey()).as("the skills the form offers").doesNotContainKey("data-pipelines");
        assertThat(catalog.retired().skills()).extracting(Skill::key).containsExactly("data-pipelines");
        assertThat(fitService.requirements()).flatExtracting(RoleRequirements::skills)
                .extracting(RoleRequirements.SkillRequirement::skillKey).doesNotContain("data-pipelines");
        assertThatThrownBy(() -> assessmentService.rate("data-pipelines", 2))
                .isInstanceOf(AssessmentException.class).hasMessage("“Data pipelines” is retired and takes no new ratings.");
        assertThat(assessmentService.mine().level("data-pipelines")).contains(1);
        assertThat(assessmentService.myHistory()).extracting(RatingChange::skillKey).contains("data-pipelines");
        assertThat(step("skill:data-pipelines")).as("the existing plan keeps its step").isPresent();

        planService.deletePlan("data-engineer");
        planService.createPlan("data-engineer", 10);
        assertThat(step("skill:data-pipelines")).as("a new plan has none").isEmpty();
    }

    @Test
    void a_skill_retired_while_targets_ask_for_it_is_scored_no_more_stays_in_the_target_and_a_target_of_it_alone_is_not_planned() {
        catalogService.install(CatalogParser.parse(CatalogFiles.realPlusExtraRole()));
        newUser("retiree");
        assessmentService.rate("statistics", 1);
        Target mixed = targetService.create(new TargetDraft("Pipelines and statistics", "", "", "", List.of(
                TargetDraft.SkillDraft.catalog("data-pipelines", 3, 3, true),
                TargetDraft.SkillDraft.catalog("statistics", 2, 1, false)), Optional.empty(), List.of()));
        Target only = targetService.create(new TargetDraft("Pipelines only", "", "", "", List.of(
                TargetDraft.SkillDraft.catalog("data-pipelines", 3, 3, true)), Optional.empty(), List.of()));
        planService.createPlan(mixed.key(), 5);

        catalogService.install(CatalogParser.parse(dataEngineerCatalog(
                new Edit(DE_FILE, PIPELINES_SKILL, PIPELINES_SKILL + "    retired: true\n"),
                new Edit(DE_FILE, PIPELINES_REQUIREMENT, ""),
                new Edit(DE_FILE, PIPELINES_TIP_BUILDS, "builds: [programming]"))));

        // scored on statistics alone, half met (1 of 2): the retired skill's weight no longer counts
        assertThat(fitService.myFit().targetScores()).extracting(FitScore::roleKey, FitScore::fit)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(mixed.key(), 50.0));
        // the stored target keeps it, and an edit that keeps it saves
        Target kept = targetService.myTarget(mixed.key()).orElseThrow();
        assertThat(kept.skills()).extracting(TargetSkill::skillKey).containsExactly("data-pipelines", "statistics");
        assertThat(targetService.update(kept.key(), kept.version(), kept.toDraft()).skills()).hasSize(2);
        assertThatThrownBy(() -> targetService.create(new TargetDraft("New", "", "", "", List.of(
                TargetDraft.SkillDraft.catalog("data-pipelines", 3, 3, true)), Optional.empty(), List.of())))
                .hasMessage("“Data pipelines” is retired and cannot be added to a target.");
        // its plan still rebuilds; a new one has no step for the retired skill
        planService.regenerate(mixed.key());
        planService.deletePlan(mixed.key());
        assertThat(planService.createPlan(mixed.key(), 5).steps()).extracting(PlanStep::key)
                .doesNotContain("skill:data-pipelines").contains("skill:statistics");
        assertThatThrownBy(() -> planService.createPlan(only.key(), 5))
                .hasMessage("“Pipelines only” asks for no skill the catalog still has: add a skill to it to plan for it.");
    }

    @Test
    void retiring_a_role_keeps_the_users_plan_but_scores_and_offers_the_role_no_more() {
        rateDataPipelinesAndPlan();
        Plan plan = planService.myPlan("data-engineer").orElseThrow();

        catalogService.install(CatalogParser.parse(dataEngineerCatalog(
                new Edit(DE_FILE, "  key: data-engineer\n", "  key: data-engineer\n  retired: true\n"))));

        assertThat(catalogService.roles()).extracting(Role::key).doesNotContain("data-engineer");
        assertThat(catalogService.catalog().roleIncludingRetired("data-engineer")).isPresent();
        assertThat(fitService.myFit().scores()).extracting(FitScore::roleKey).doesNotContain("data-engineer");
        assertThat(planService.myPlan("data-engineer")).contains(plan);
        assertThatThrownBy(() -> planService.regenerate("data-engineer"))
                .isInstanceOf(PlanException.class)
                .hasMessage("The role “Data Engineer” is retired: its plan is kept as it is, but no longer rebuilt from your ratings.");
    }

    @Test
    void removing_a_role_a_user_has_a_plan_for_is_refused_naming_every_entry_still_in_use() {
        rateDataPipelinesAndPlan();
        Plan plan = planService.myPlan("data-engineer").orElseThrow();

        assertThatThrownBy(() -> catalogService.install(CatalogParser.parse(CatalogFiles.real())))
                .isInstanceOf(CatalogException.class)
                .hasMessage(DE_FILE + ": role \"data-engineer\" was removed, but 1 user's plans, plan steps or team compositions ("
                        + (1 + plan.steps().size()) + " rows) use it; mark it \"retired: true\" or name its new key with "
                        + "\"renamed-from: data-engineer\"\n"
                        + DE_FILE + ": skill \"data-pipelines\" was removed, but 1 user's ratings, history "
                        + "entries, plan steps, targets, reviews or team suggestions (3 rows) use it; mark it \"retired: true\" or name its new key with "
                        + "\"renamed-from: data-pipelines\"");

        assertThat(planService.myPlan("data-engineer")).contains(plan);
        assertThat(catalogService.role("data-engineer")).isPresent();
    }

    @Test
    void the_database_itself_refuses_to_delete_a_role_a_user_has_a_plan_for() {
        rateDataPipelinesAndPlan();
        Plan plan = planService.myPlan("data-engineer").orElseThrow();

        assertThatThrownBy(() -> dsl.deleteFrom(ROLE).where(ROLE.KEY.eq("data-engineer")).execute())
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("plan_role_id_fkey");

        assertThat(planService.myPlan("data-engineer")).contains(plan);
    }

    @Test
    void a_tool_no_one_used_may_be_removed_but_one_a_user_used_may_not() {
        Edit airflow = new Edit(DE_FILE, "\nrole:\n", "\ntools:\n  - key: airflow\n    name: Apache Airflow\n\nrole:\n");
        catalogService.install(CatalogParser.parse(dataEngineerCatalog(airflow)));

        catalogService.install(CatalogParser.parse(CatalogFiles.realPlusExtraRole()));
        assertThat(catalogService.catalog().toolsByKey()).doesNotContainKey("airflow");

        catalogService.install(CatalogParser.parse(dataEngineerCatalog(airflow)));
        newUser("airflow");
        assessmentService.setToolUsed("airflow", true);

        assertThatThrownBy(() -> catalogService.install(CatalogParser.parse(CatalogFiles.realPlusExtraRole())))
                .isInstanceOf(CatalogException.class)
                .hasMessage(DE_FILE + ": tool \"airflow\" was removed, but 1 user's answers about tools used or targets (1 row) use it; "
                        + "mark it \"retired: true\" or name its new key with \"renamed-from: airflow\"");
        assertThat(assessmentService.mine().toolKeys()).contains("airflow");
    }

    @Test
    void the_export_still_holds_data_for_retired_entries_names_them_retired_and_imports_back() throws Exception {
        rateDataPipelinesAndPlan();
        catalogService.install(CatalogParser.parse(dataEngineerCatalog(
                new Edit(DE_FILE, PIPELINES_SKILL, PIPELINES_SKILL + "    retired: true\n"),
                new Edit(DE_FILE, "  key: data-engineer\n", "  key: data-engineer\n  retired: true\n"))));

        String exported = userDataService.exportMine();

        JsonNode file = JsonMapper.builder().build().readTree(exported);
        assertThat(file.get("ratings").findValuesAsString("skill")).contains("data-pipelines");
        assertThat(file.get("plans").findValuesAsString("role")).contains("data-engineer");
        assertThat(file.get("retired").valueStream().map(JsonNode::asString).toList())
                .containsExactly("role:data-engineer", "skill:data-pipelines");
        newUser("arrival");
        userDataService.importIntoMine(exported.getBytes(StandardCharsets.UTF_8));
        assertThat(userDataService.exportMine()).isEqualTo(exported);
    }

    private long skillId(String key) {
        return dsl.select(SKILL.ID).from(SKILL).where(SKILL.KEY.eq(key)).fetchSingle(SKILL.ID);
    }

    private FitScore manager() {
        return fitService.myFit().scores().stream().filter(s -> s.roleKey().equals("data-science-manager")).findFirst().orElseThrow();
    }

}
