package app.skillpath.plan;

import app.skillpath.SpringTest;
import app.skillpath.StatementCounter;
import app.skillpath.account.Account;
import app.skillpath.account.TestAccounts;
import app.skillpath.assessment.AssessmentService;
import app.skillpath.catalog.EducationLevel;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.LocalDate;

import static app.skillpath.account.TestAccounts.logIn;
import static app.skillpath.db.generated.Tables.PLAN;
import static app.skillpath.db.generated.Tables.PLAN_STEP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Plans on the real database: creation, pace, regeneration keeping progress, optimistic locking, isolation. */
@SpringTest
class PlanServiceTest {

    private static final String ENGINEER = "machine-learning-engineer";

    @Autowired
    PlanService planService;

    @Autowired
    AssessmentService assessmentService;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    DSLContext dsl;

    private Account alice;

    @BeforeEach
    void logInAlice() {
        alice = testAccounts.create("planner");
        logIn(alice);
        assessmentService.rate("programming", 3);
        assessmentService.rate("ml-frameworks", 3);
        assessmentService.rate("data-structures-algorithms", 3);
        assessmentService.rate("mathematics", 3);
        assessmentService.rate("cloud-computing", 2);
        assessmentService.rate("statistics", 1);
        assessmentService.saveEducation(EducationLevel.BACHELOR, "computer-science");
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_new_plan_is_dated_from_today_at_the_pace() {
        Plan plan = planService.createPlan(ENGINEER, 10);

        assertThat(plan.steps()).extracting(PlanStep::key).containsExactly("skill:statistics", "ongoing:mle-stay-current");
        PlanStep statistics = plan.steps().getFirst();
        assertThat(statistics.startsOn()).contains(LocalDate.now(java.time.ZoneOffset.UTC));
        assertThat(statistics.dueOn()).contains(LocalDate.now(java.time.ZoneOffset.UTC).plusDays(56));
        assertThat(plan.expectedCompletion()).contains(LocalDate.now(java.time.ZoneOffset.UTC).plusDays(56));
        assertThat(plan.percentDone()).isZero();
    }

    @Test
    void a_plan_and_all_plans_are_read_with_their_steps_in_one_statement_each() {
        Plan engineer = planService.createPlan(ENGINEER, 10);
        Plan manager = planService.createPlan("data-science-manager", 5);

        StatementCounter.reset();
        Plan read = planService.myPlan(ENGINEER).orElseThrow();
        assertThat(StatementCounter.count()).isEqualTo(1);
        StatementCounter.reset();
        var all = planService.myPlans();
        assertThat(StatementCounter.count()).isEqualTo(1);

        assertThat(read).isEqualTo(engineer);
        assertThat(all).containsExactly(engineer, manager);
        assertThat(manager.steps()).isNotEmpty();
    }

    @Test
    void changing_the_pace_moves_the_dates() {
        planService.createPlan(ENGINEER, 10);

        Plan faster = planService.changePace(ENGINEER, 20);

        assertThat(faster.hoursPerWeek()).isEqualTo(20);
        assertThat(faster.expectedCompletion()).contains(LocalDate.now(java.time.ZoneOffset.UTC).plusDays(28));
    }

    @Test
    void regenerating_after_ratings_change_keeps_statuses_and_notes_and_closes_closed_gaps() {
        Plan plan = planService.createPlan(ENGINEER, 10);
        PlanStep statistics = plan.steps().getFirst();
        planService.updateStep(statistics.id(), statistics.version(), StepStatus.IN_PROGRESS, "Chapter 3 of the stats book");
        PlanStep ongoing = plan.steps().get(1);
        planService.updateStep(ongoing.id(), ongoing.version(), StepStatus.IN_PROGRESS, "Reading one paper a week");

        assessmentService.rate("statistics", 3);
        assessmentService.rate("mathematics", 1);
        Plan regenerated = planService.regenerate(ENGINEER);

        assertThat(regenerated.steps()).extracting(PlanStep::key)
                .containsExactly("skill:mathematics", "ongoing:mle-stay-current", "skill:statistics");
        PlanStep closed = regenerated.steps().get(2);
        assertThat(closed.status()).isEqualTo(StepStatus.DONE);
        assertThat(closed.closedByRating()).isTrue();
        assertThat(closed.note()).contains("Chapter 3 of the stats book");
        assertThat(regenerated.steps().get(1).status()).isEqualTo(StepStatus.IN_PROGRESS);
        assertThat(regenerated.steps().get(1).note()).contains("Reading one paper a week");
        assertThat(regenerated.steps().getFirst().status()).isEqualTo(StepStatus.TODO);
        assertThat(regenerated.steps().getFirst().draft().title()).isEqualTo("Mathematics: from 1 aware to 3 proficient");
    }

    @Test
    void a_save_based_on_an_old_version_is_refused_with_the_current_state() {
        Plan plan = planService.createPlan(ENGINEER, 10);
        PlanStep asReadInTabOne = plan.steps().getFirst();
        PlanStep asReadInTabTwo = plan.steps().getFirst();
        planService.updateStep(asReadInTabOne.id(), asReadInTabOne.version(), StepStatus.DONE, "Done in tab one");

        assertThatThrownBy(() -> planService.updateStep(asReadInTabTwo.id(), asReadInTabTwo.version(), StepStatus.SKIPPED, "From tab two"))
                .isInstanceOfSatisfying(StaleStepException.class, e -> {
                    assertThat(e.current().status()).isEqualTo(StepStatus.DONE);
                    assertThat(e.current().note()).contains("Done in tab one");
                    assertThat(e.getMessage()).contains("changed in another tab");
                });
        PlanStep stored = planService.myPlan(ENGINEER).orElseThrow().steps().getFirst();
        assertThat(stored.status()).isEqualTo(StepStatus.DONE);
        assertThat(stored.doneOn()).contains(LocalDate.now(java.time.ZoneOffset.UTC));
    }

    @Test
    void bad_input_is_refused_and_stores_nothing() {
        int plans = dsl.fetchCount(PLAN);
        assertThatThrownBy(() -> planService.createPlan(ENGINEER, 0)).hasMessageContaining("from 1 to 40 hours a week, not 0");
        assertThatThrownBy(() -> planService.createPlan(ENGINEER, 41)).isInstanceOf(PlanException.class);
        assertThatThrownBy(() -> planService.createPlan("astronaut", 5)).hasMessageContaining("no role called");
        assertThat(dsl.fetchCount(PLAN)).isEqualTo(plans);

        Plan plan = planService.createPlan(ENGINEER, 5);
        assertThatThrownBy(() -> planService.createPlan(ENGINEER, 5)).hasMessageContaining("already have a plan");
        PlanStep step = plan.steps().getFirst();
        assertThatThrownBy(() -> planService.updateStep(step.id(), step.version(), StepStatus.DONE, "x".repeat(2001)))
                .hasMessageContaining("at most 2000 characters");
        assertThatThrownBy(() -> planService.updateStep(step.id(), step.version(), StepStatus.DONE, "a\u0000b"))
                .isInstanceOf(PlanException.class).hasMessage("This note cannot be saved: it contains a NUL character (\\u0000), which cannot be stored.");
        assertThatThrownBy(() -> planService.updateStep(step.id(), step.version(), StepStatus.DONE, "caf\uDC00e"))
                .isInstanceOf(PlanException.class).hasMessageContaining("unpaired UTF-16 surrogate");
        assertThat(planService.myPlan(ENGINEER).orElseThrow().steps().getFirst().status()).isEqualTo(StepStatus.TODO);
        assertThatThrownBy(() -> dsl.update(PLAN_STEP).set(PLAN_STEP.STATUS, "finished").where(PLAN_STEP.ID.eq(step.id())).execute())
                .hasMessageContaining("plan_step_status_check");
    }

    @Test
    void user_b_can_neither_see_nor_change_user_as_plan() {
        Plan alicesPlan = planService.createPlan(ENGINEER, 10);
        PlanStep alicesStep = alicesPlan.steps().getFirst();

        logIn(testAccounts.create("intruder"));
        assertThat(planService.myPlan(ENGINEER)).isEmpty();
        assertThat(planService.myPlanRoleKeys()).isEmpty();
        assertThatThrownBy(() -> planService.updateStep(alicesStep.id(), alicesStep.version(), StepStatus.SKIPPED, "mine now"))
                .isInstanceOf(PlanException.class).hasMessage("That step is no longer in your plan: the plan was deleted or rebuilt, perhaps in another tab.");
        assertThatThrownBy(() -> planService.deletePlan(ENGINEER)).isInstanceOf(PlanException.class);

        logIn(alice);
        assertThat(planService.myPlan(ENGINEER).orElseThrow().steps().getFirst().status()).isEqualTo(StepStatus.TODO);
    }

}
