package app.skillpath.faults;

import app.skillpath.SpringTest;
import app.skillpath.account.Account;
import app.skillpath.account.TestAccounts;
import app.skillpath.assessment.AssessmentService;
import app.skillpath.catalog.CatalogException;
import app.skillpath.catalog.CatalogFiles;
import app.skillpath.catalog.CatalogFiles.Edit;
import app.skillpath.catalog.CatalogParser;
import app.skillpath.catalog.CatalogService;
import app.skillpath.plan.Plan;
import app.skillpath.plan.PlanService;
import app.skillpath.plan.PlanStep;
import app.skillpath.plan.StepStatus;
import app.skillpath.scoring.FitScore;
import app.skillpath.scoring.FitService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import static app.skillpath.account.TestAccounts.logIn;
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

    @AfterEach
    void restore() {
        SecurityContextHolder.clearContext();
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

    /** The cloud-computing skill as declared in shared.yaml, and its requirement in the ML engineer's file. */
    private static final String CLOUD_SKILL = """
              - key: cloud-computing
                name: Cloud computing platforms
            """;
    private static final String CLOUD_REQUIREMENT = """
                  - skill: cloud-computing
                    article-text: Familiarity with cloud computing platforms like AWS or Google Cloud Platform
            """;

    private static Edit dropCloudSkill() {
        return new Edit("shared.yaml", CLOUD_SKILL + """
                    area: infrastructure
                    description: Running data and machine learning workloads on platforms such as AWS or Google Cloud Platform.
                """, "");
    }

    private static Edit dropCloudRequirement() {
        return new Edit("roles/machine-learning-engineer.yaml", CLOUD_REQUIREMENT + """
                        level: 2
                        weight: 1
                        rationale: '"Familiarity with" asks for working knowledge only: level 2, lowest weight.'
                """, "");
    }

    /** A user with a rating (and so a history entry) for cloud computing and a plan step to raise it. */
    private void rateCloudComputingAndPlan() {
        logIn(testAccounts.create("cloudy"));
        assessmentService.rate("cloud-computing", 1);
        planService.createPlan("machine-learning-engineer", 10);
        assertThat(cloudStep()).as("the plan has a step for the gap").isPresent();
    }

    private java.util.Optional<PlanStep> cloudStep() {
        return planService.myPlan("machine-learning-engineer").orElseThrow().steps().stream()
                .filter(step -> step.key().equals("skill:cloud-computing")).findFirst();
    }

    @Test
    void removing_a_skill_that_a_user_rated_and_planned_is_refused_and_keeps_every_row() {
        rateCloudComputingAndPlan();
        var withoutCloud = CatalogParser.parse(CatalogFiles.edited(CatalogFiles.real(), dropCloudSkill(), dropCloudRequirement()));

        assertThatThrownBy(() -> catalogService.install(withoutCloud))
                .isInstanceOf(CatalogException.class)
                .hasMessage("db/catalog/shared.yaml: skill \"cloud-computing\" was removed, but 1 user's ratings, history "
                        + "entries or plan steps (3 rows) use it; mark it \"retired: true\" or name its new key with "
                        + "\"renamed-from: cloud-computing\"");

        assertThat(assessmentService.mine().level("cloud-computing")).contains(1);
        assertThat(assessmentService.myHistory()).anyMatch(change -> change.skillKey().equals("cloud-computing"));
        assertThat(cloudStep()).isPresent();
        assertThat(catalogService.catalog().skillsByKey()).containsKey("cloud-computing");
    }

    private FitScore manager() {
        return fitService.myFit().scores().stream().filter(s -> s.roleKey().equals("data-science-manager")).findFirst().orElseThrow();
    }

}
