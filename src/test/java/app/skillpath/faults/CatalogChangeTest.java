package app.skillpath.faults;

import app.skillpath.SpringTest;
import app.skillpath.account.Account;
import app.skillpath.account.TestAccounts;
import app.skillpath.assessment.AssessmentService;
import app.skillpath.catalog.CatalogFiles;
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

/** Editing a role's required levels re-scores everyone from the same formula, and plans keep their progress. */
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

    private FitScore manager() {
        return fitService.myFit().scores().stream().filter(s -> s.roleKey().equals("data-science-manager")).findFirst().orElseThrow();
    }

}
