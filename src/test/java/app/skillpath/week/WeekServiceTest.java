package app.skillpath.week;

import app.skillpath.SpringTest;
import app.skillpath.account.Account;
import app.skillpath.account.TestAccounts;
import app.skillpath.assessment.AssessmentException;
import app.skillpath.assessment.AssessmentService;
import app.skillpath.plan.PlanService;
import app.skillpath.plan.PlanStep;
import app.skillpath.plan.StepStatus;
import app.skillpath.target.Target;
import app.skillpath.target.TargetDraft;
import app.skillpath.target.TargetException;
import app.skillpath.target.TargetService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import static app.skillpath.account.TestAccounts.logIn;
import static app.skillpath.db.generated.Tables.CUSTOM_SKILL;
import static app.skillpath.db.generated.Tables.SKILL_RATING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The weekly view read from the real database: one owner's plans, history and checks, and keeping a rating. */
@SpringTest
class WeekServiceTest {

    @Autowired
    WeekService weekService;
    @Autowired
    WeekRepository weekRepository;
    @Autowired
    AssessmentService assessmentService;
    @Autowired
    PlanService planService;
    @Autowired
    TargetService targetService;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    DSLContext dsl;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_repository_reads_plans_history_of_catalog_and_own_skills_and_last_checks_of_rated_skills_only() {
        Account account = testAccounts.create("week.repo");
        logIn(account);
        assessmentService.rate("statistics", 1);
        assessmentService.rate("statistics", 2);
        assessmentService.rate("programming", 3);
        assessmentService.rate("programming", null);
        Target target = targetService.create(new TargetDraft("Analyst", "Acme", "", "", List.of(
                TargetDraft.SkillDraft.newCustom("Dashboards", 2, 1, false)), Optional.empty(), List.of()));
        String custom = target.skills().getFirst().skillKey();
        targetService.rateCustomSkill(custom, 1);
        planService.createPlan("data-science-manager", 5);
        planService.createPlan(target.key(), 5);

        WeekRepository.StoredWeek week = weekRepository.load(account.id());

        assertThat(week.plans()).extracting(plan -> plan.roleKey()).containsExactly("data-science-manager", target.key());
        assertThat(week.history()).extracting(change -> change.skillKey())
                .containsExactly("statistics", "statistics", "programming", "programming", custom);
        assertThat(week.history()).isSortedAccordingTo(java.util.Comparator.comparing(change -> change.changedAt()));
        assertThat(week.lastChecked()).containsOnlyKeys("statistics", custom);
    }

    @Test
    void one_users_week_never_holds_another_users_plans_ratings_or_history() {
        Account alice = testAccounts.create("week.alice");
        logIn(alice);
        assessmentService.rate("statistics", 2);
        planService.createPlan("data-science-manager", 5);
        Account bob = testAccounts.create("week.bob");
        logIn(bob);

        ThisWeek bobsWeek = weekService.thisWeek();

        assertThat(bobsWeek.nextSteps()).isEmpty();
        assertThat(bobsWeek.fits()).isEmpty();
        assertThat(bobsWeek.hasAnswers()).isFalse();
        WeekRepository.StoredWeek stored = weekRepository.load(bob.id());
        assertThat(stored.plans()).isEmpty();
        assertThat(stored.history()).isEmpty();
        assertThat(stored.lastChecked()).isEmpty();
    }

    @Test
    void a_done_step_and_a_planned_fit_show_in_the_week_read_from_the_database() {
        Account account = testAccounts.create("week.done");
        logIn(account);
        assessmentService.rate("statistics", 1);
        PlanStep first = planService.createPlan("data-science-manager", 5).steps().stream()
                .filter(step -> step.status().isOpen() && step.dueOn().isPresent()).findFirst().orElseThrow();
        planService.updateStep(first.id(), first.version(), StepStatus.DONE, null);

        ThisWeek week = weekService.thisWeek();

        assertThat(week.calendar().stepsDone()).isEqualTo(1);
        assertThat(week.calendar().streakWeeks()).isEqualTo(1);
        assertThat(week.nextSteps()).noneMatch(next -> next.step().id() == first.id());
        assertThat(week.fits()).singleElement().satisfies(fit -> {
            assertThat(fit.title()).isEqualTo("Data Science Manager");
            assertThat(fit.fitNow()).isPresent();
        });
    }

    @Test
    void keeping_a_rating_counts_it_as_checked_now_without_changing_its_level_or_history() {
        Account account = testAccounts.create("week.keep");
        logIn(account);
        assessmentService.rate("statistics", 2);
        dsl.update(SKILL_RATING).set(SKILL_RATING.UPDATED_AT, OffsetDateTime.now(ZoneOffset.UTC).minusDays(120))
                .where(SKILL_RATING.OWNER_ID.eq(account.id())).execute();
        assertThat(weekService.thisWeek().ratingsDue()).extracting(ThisWeek.RatingDue::skillKey).containsExactly("statistics");
        int historyBefore = assessmentService.myHistory().size();

        weekService.stillRight("statistics");

        assertThat(weekService.thisWeek().ratingsDue()).isEmpty();
        assertThat(assessmentService.mine().level("statistics")).contains(2);
        assertThat(assessmentService.myHistory()).hasSize(historyBefore);
        assertThat(weekRepository.load(account.id()).lastChecked().get("statistics"))
                .isCloseTo(Instant.now(), org.assertj.core.api.Assertions.within(1, ChronoUnit.MINUTES));
    }

    @Test
    void keeping_an_own_skills_rating_works_the_same_and_only_for_its_owner() {
        Account owner = testAccounts.create("week.own");
        logIn(owner);
        Target target = targetService.create(new TargetDraft("Analyst", "Acme", "", "", List.of(
                TargetDraft.SkillDraft.newCustom("Dashboards", 2, 1, false)), Optional.empty(), List.of()));
        String custom = target.skills().getFirst().skillKey();
        targetService.rateCustomSkill(custom, 1);
        dsl.update(CUSTOM_SKILL).set(CUSTOM_SKILL.UPDATED_AT, OffsetDateTime.now(ZoneOffset.UTC).minusDays(100))
                .where(CUSTOM_SKILL.OWNER_ID.eq(owner.id())).execute();
        assertThat(weekService.thisWeek().ratingsDue()).extracting(ThisWeek.RatingDue::skillName).containsExactly("Dashboards");

        Account stranger = testAccounts.create("week.stranger");
        logIn(stranger);
        assertThatThrownBy(() -> weekService.stillRight(custom)).isInstanceOf(TargetException.class);

        logIn(owner);
        assertThat(weekService.thisWeek().ratingsDue()).as("the stranger's attempt changed nothing").hasSize(1);
        weekService.stillRight(custom);
        assertThat(weekService.thisWeek().ratingsDue()).isEmpty();
    }

    @Test
    void keeping_a_rating_that_was_never_given_or_of_an_unknown_skill_is_refused_with_a_message() {
        logIn(testAccounts.create("week.none"));

        assertThatThrownBy(() -> weekService.stillRight("statistics")).isInstanceOf(AssessmentException.class)
                .hasMessageContaining("has no rating to keep");
        assertThatThrownBy(() -> weekService.stillRight("no-such-skill")).isInstanceOf(AssessmentException.class)
                .hasMessageContaining("There is no skill called");
        assertThatThrownBy(() -> weekService.stillRight("custom:999999")).isInstanceOf(TargetException.class);
    }
}
