package app.skillpath.target;

import app.skillpath.SpringTest;
import app.skillpath.account.TestAccounts;
import app.skillpath.assessment.AssessmentService;
import app.skillpath.catalog.EducationLevel;
import app.skillpath.plan.Plan;
import app.skillpath.plan.PlanService;
import app.skillpath.plan.StepKind;
import app.skillpath.scoring.Contribution;
import app.skillpath.scoring.FitScore;
import app.skillpath.scoring.FitService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.Optional;

import static app.skillpath.account.TestAccounts.logIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** A target's fit against the README's formula worked out by hand, and its plan once every gap is closed. */
@SpringTest
class TargetScoringByHandTest {

    @Autowired
    TargetService targetService;

    @Autowired
    AssessmentService assessmentService;

    @Autowired
    FitService fitService;

    @Autowired
    PlanService planService;

    @Autowired
    TestAccounts testAccounts;

    @BeforeEach
    void logInSomeone() {
        logIn(testAccounts.create("byhand"));
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_targets_fit_with_a_custom_skill_and_education_equals_the_formula_by_hand() {
        Target target = targetService.create(new TargetDraft("Analyst at Acme", "", "", "", List.of(
                TargetDraft.SkillDraft.catalog("statistics", 3, 3, true),
                TargetDraft.SkillDraft.catalog("programming", 2, 2, false),
                TargetDraft.SkillDraft.newCustom("Docker", 4, 1, false)),
                Optional.of(new TargetEducation(EducationLevel.MASTER, List.of("statistics"), true, 2)), List.of()));
        assessmentService.rate("statistics", 2);
        assessmentService.rate("programming", 4);
        targetService.rateCustomSkill(target.skills().get(2).skillKey(), 2);
        assessmentService.saveEducation(EducationLevel.BACHELOR, "computer-science");

        FitScore score = fitService.myFit().targetScores().getFirst();

        // weights 3 + 2 + 1 + 2 = 8; statistics 2/3, programming min(4, 2)/2 = 1 (over-qualified counts as met),
        // Docker 2/4 from the custom rating, education bachelor/master = 3/4 times 0.5 for a field not accepted
        double byHand = 100.0 * (3 * (2.0 / 3) + 2 * 1.0 + 1 * 0.5 + 2 * (3.0 / 4 * 0.5)) / 8;
        assertThat(byHand).isCloseTo(65.625, within(1e-9));
        assertThat(score.fit()).isCloseTo(byHand, within(1e-9));
        assertThat(score.contributions()).extracting(Contribution::key)
                .containsExactly("statistics", "programming", target.skills().get(2).skillKey(), "education");
    }

    @Test
    void a_plan_for_a_target_whose_every_gap_is_closed_has_no_skill_step_and_is_still_made() {
        Target target = targetService.create(new TargetDraft("Done already", "", "", "", List.of(
                TargetDraft.SkillDraft.catalog("statistics", 2, 3, true),
                TargetDraft.SkillDraft.newCustom("Docker", 1, 1, false)), Optional.empty(), List.of()));
        assessmentService.rate("statistics", 4);
        targetService.rateCustomSkill(target.skills().get(1).skillKey(), 1);
        assertThat(fitService.myFit().targetScores().getFirst().fit()).isEqualTo(100.0);

        Plan plan = planService.createPlan(target.key(), 5);

        assertThat(plan.steps()).noneMatch(step -> step.draft().kind() == StepKind.SKILL);
        assertThat(planService.regenerate(target.key()).steps()).noneMatch(step -> step.draft().kind() == StepKind.SKILL);
    }
}
