package app.skillpath.week;

import app.skillpath.assessment.RatingChange;
import app.skillpath.plan.Plan;
import app.skillpath.plan.PlanStep;
import app.skillpath.plan.StepDraft;
import app.skillpath.plan.StepKind;
import app.skillpath.plan.StepStatus;
import app.skillpath.scoring.Answers;
import app.skillpath.scoring.RoleRequirements;
import app.skillpath.week.ThisWeek.Reason;
import app.skillpath.week.ThisWeek.Timing;
import app.skillpath.week.WeekInputs.PlannedFor;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The weekly loop on hand-worked dates. "Now" is Thursday 2026-11-26 10:00 UTC unless a test says otherwise, so
 * this week runs Monday 23 to Sunday 29 November.
 */
class WeeklyLoopTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final RoleRequirements ROLE = new RoleRequirements("ml-engineer", "ML Engineer", List.of(
            new RoleRequirements.SkillRequirement("python", "Python", 4, 1),
            new RoleRequirements.SkillRequirement("stats", "Statistics", 4, 1)), Optional.empty());

    private long nextId = 1;

    private PlanStep step(String title, StepStatus status, LocalDate starts, LocalDate due, LocalDate doneOn) {
        return step(title, status, starts, due, doneOn, null, false);
    }

    private PlanStep step(String title, StepStatus status, LocalDate starts, LocalDate due, LocalDate doneOn, String skill, boolean closedByRating) {
        long id = nextId++;
        StepDraft draft = new StepDraft("skill:" + title, StepKind.SKILL, title, Optional.ofNullable(skill), Optional.empty(),
                Optional.empty(), List.of(), "Do it", due == null ? Optional.empty() : Optional.of(10));
        return new PlanStep(id, (int) id, draft, Optional.ofNullable(starts), Optional.ofNullable(due), status, Optional.empty(),
                Optional.ofNullable(doneOn), closedByRating, 1);
    }

    private static PlannedFor plan(String key, String title, PlanStep... steps) {
        return new PlannedFor(new Plan(key.length(), key, 5, TODAY.minusWeeks(8), List.of(steps)), title, Optional.of(ROLE));
    }

    private static WeekInputs inputs(List<PlannedFor> plans, List<RatingChange> history, Map<String, Instant> checked) {
        Map<String, Integer> now = new HashMap<>();
        for (RatingChange change : history) {
            change.level().ifPresentOrElse(level -> now.put(change.skillKey(), level), () -> now.remove(change.skillKey()));
        }
        return new WeekInputs(plans, new Answers(now, Optional.empty(), Optional.empty()), history, checked,
                Map.of("python", "Python", "stats", "Statistics", "custom:7", "Dashboards"), NOW, ZoneOffset.UTC);
    }

    private static RatingChange rated(String skill, int level, String at) {
        return new RatingChange(skill, Optional.of(level), Instant.parse(at));
    }

    @Test
    void next_steps_are_the_open_ones_of_every_plan_overdue_first_and_at_most_five() {
        var overdue = step("Overdue", StepStatus.IN_PROGRESS, TODAY.minusDays(20), TODAY.minusDays(3), null);
        var dueSunday = step("Due Sunday", StepStatus.TODO, TODAY, LocalDate.of(2026, 11, 29), null);
        var dueNextWeek = step("Due in a week", StepStatus.TODO, TODAY, TODAY.plusDays(7), null);
        var undated = step("Habit", StepStatus.TODO, null, null, null);
        var done = step("Done", StepStatus.DONE, TODAY.minusDays(30), TODAY.minusDays(25), TODAY.minusDays(26));
        var skipped = step("Skipped", StepStatus.SKIPPED, TODAY.minusDays(30), TODAY.minusDays(1), null);
        var later1 = step("Later 1", StepStatus.TODO, TODAY, TODAY.plusDays(20), null);
        var later2 = step("Later 2", StepStatus.TODO, TODAY, TODAY.plusDays(30), null);

        ThisWeek week = WeeklyLoop.of(inputs(List.of(
                plan("ml-engineer", "ML Engineer", undated, later2, dueSunday, done),
                plan("target:3", "Analyst at Acme", skipped, later1, overdue, dueNextWeek)), List.of(), Map.of()));

        assertThat(week.nextSteps()).extracting(next -> next.step().draft().title())
                .containsExactly("Overdue", "Due Sunday", "Due in a week", "Later 1", "Later 2");
        assertThat(week.nextSteps()).extracting(ThisWeek.NextStep::timing)
                .containsExactly(Timing.OVERDUE, Timing.DUE_THIS_WEEK, Timing.LATER, Timing.LATER, Timing.LATER);
        assertThat(week.nextSteps().getFirst().planTitle()).isEqualTo("Analyst at Acme");
        assertThat(week.openDatedSteps()).as("all open steps, the undated habit included").isEqualTo(6);
    }

    @Test
    void a_step_due_today_is_due_this_week_and_one_due_yesterday_is_overdue() {
        assertThat(WeeklyLoop.timing(step("a", StepStatus.TODO, TODAY, TODAY, null), TODAY)).isEqualTo(Timing.DUE_THIS_WEEK);
        assertThat(WeeklyLoop.timing(step("b", StepStatus.TODO, TODAY, TODAY.minusDays(1), null), TODAY)).isEqualTo(Timing.OVERDUE);
        assertThat(WeeklyLoop.timing(step("c", StepStatus.TODO, TODAY, TODAY.plusDays(6), null), TODAY)).isEqualTo(Timing.DUE_THIS_WEEK);
        assertThat(WeeklyLoop.timing(step("d", StepStatus.TODO, TODAY, TODAY.plusDays(7), null), TODAY)).isEqualTo(Timing.LATER);
    }

    @Test
    void a_plan_is_behind_by_the_days_since_its_oldest_open_step_was_due() {
        ThisWeek week = WeeklyLoop.of(inputs(List.of(
                plan("ml-engineer", "ML Engineer",
                        step("late 12 days", StepStatus.TODO, TODAY.minusDays(30), LocalDate.of(2026, 11, 14), null),
                        step("late 2 days", StepStatus.IN_PROGRESS, TODAY.minusDays(12), LocalDate.of(2026, 11, 24), null),
                        step("done late", StepStatus.DONE, TODAY.minusDays(60), TODAY.minusDays(40), TODAY.minusDays(2)),
                        step("due today", StepStatus.TODO, TODAY.minusDays(2), TODAY, null)),
                plan("target:3", "On time", step("due tomorrow", StepStatus.TODO, TODAY, TODAY.plusDays(1), null))),
                List.of(), Map.of()));

        assertThat(week.behind()).singleElement().satisfies(behind -> {
            assertThat(behind.planKey()).isEqualTo("ml-engineer");
            assertThat(behind.overdueSteps()).isEqualTo(2);
            assertThat(behind.daysLate()).isEqualTo(12);
        });
    }

    @Test
    void a_rating_is_due_for_a_check_after_ninety_days_or_after_a_step_for_it_was_done() {
        Map<String, Instant> checked = new HashMap<>();
        checked.put("python", Instant.parse("2026-08-28T09:00:00Z"));    // 90 days and one hour ago: due
        checked.put("stats", Instant.parse("2026-08-28T11:00:00Z"));     // 89 days and 23 hours ago: not yet
        checked.put("custom:7", Instant.parse("2026-11-20T08:00:00Z"));  // recent, but a step for it was done since
        PlannedFor planned = plan("ml-engineer", "ML Engineer",
                step("Build dashboards", StepStatus.DONE, TODAY.minusDays(10), TODAY.minusDays(3), LocalDate.of(2026, 11, 21), "custom:7", false),
                step("Stats course", StepStatus.DONE, TODAY.minusDays(10), TODAY.minusDays(3), LocalDate.of(2026, 8, 28), "stats", false));

        ThisWeek week = WeeklyLoop.of(inputs(List.of(planned), List.of(), checked));

        assertThat(week.ratingsDue()).extracting(ThisWeek.RatingDue::skillKey, ThisWeek.RatingDue::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("custom:7", Reason.STEP_DONE),
                        org.assertj.core.groups.Tuple.tuple("python", Reason.OLD));
        assertThat(week.ratingsDue().getFirst().doneStepTitle()).contains("Build dashboards");
    }

    @Test
    void a_step_closed_by_a_rating_or_done_the_day_of_the_rating_does_not_ask_for_another_check() {
        Map<String, Instant> checked = Map.of("python", Instant.parse("2026-11-20T08:00:00Z"), "stats", Instant.parse("2026-11-20T08:00:00Z"));
        PlannedFor planned = plan("ml-engineer", "ML Engineer",
                step("Closed", StepStatus.DONE, null, null, LocalDate.of(2026, 11, 25), "python", true),
                step("Same day", StepStatus.DONE, null, null, LocalDate.of(2026, 11, 20), "stats", false));

        assertThat(WeeklyLoop.of(inputs(List.of(planned), List.of(), checked)).ratingsDue()).isEmpty();
    }

    @Test
    void a_retired_skill_is_never_due_for_a_check() {
        Map<String, Instant> checked = Map.of("retired-skill", Instant.parse("2020-01-01T00:00:00Z"));
        assertThat(WeeklyLoop.of(inputs(List.of(), List.of(), checked)).ratingsDue()).isEmpty();
    }

    @Test
    void the_fit_is_compared_with_the_ratings_as_they_stood_four_weeks_ago() {
        List<RatingChange> history = List.of(
                rated("python", 2, "2026-10-01T10:00:00Z"),
                rated("stats", 1, "2026-10-20T10:00:00Z"),
                rated("python", 4, "2026-10-29T10:00:01Z"),   // 28 days ago plus a second: after the comparison point
                rated("stats", 3, "2026-11-25T10:00:00Z"));

        ThisWeek week = WeeklyLoop.of(inputs(List.of(plan("ml-engineer", "ML Engineer")), history, Map.of()));

        // then: python 2/4 and stats 1/4, equal weights: 3/8 = 37.5; now: 4/4 and 3/4 = 87.5
        ThisWeek.FitChange fit = week.fits().getFirst();
        assertThat(fit.fitFourWeeksAgo()).hasValueSatisfying(then -> assertThat(then).isCloseTo(37.5, within(0.01)));
        assertThat(fit.fitNow()).hasValueSatisfying(now -> assertThat(now).isCloseTo(87.5, within(0.01)));
        assertThat(fit.change()).hasValueSatisfying(change -> assertThat(change).isCloseTo(50.0, within(0.01)));
    }

    @Test
    void a_history_younger_than_four_weeks_gives_no_comparison_and_a_retired_role_no_fit() {
        List<RatingChange> history = List.of(rated("python", 2, "2026-11-01T10:00:00Z"));
        PlannedFor retired = new PlannedFor(new Plan(9, "old-role", 5, TODAY, List.of()), "Old role", Optional.empty());

        ThisWeek week = WeeklyLoop.of(inputs(List.of(plan("ml-engineer", "ML Engineer"), retired), history, Map.of()));

        assertThat(week.fits().get(0).fitNow()).isPresent();
        assertThat(week.fits().get(0).fitFourWeeksAgo()).isEmpty();
        assertThat(week.fits().get(1).fitNow()).isEmpty();
        assertThat(week.fits().get(1).change()).isEmpty();
    }

    @Test
    void the_calendar_counts_steps_done_and_ratings_raised_per_day_over_twenty_six_weeks() {
        List<RatingChange> history = List.of(
                rated("python", 1, "2026-11-02T09:00:00Z"),   // a first rating: not a raise
                rated("python", 2, "2026-11-03T09:00:00Z"),   // raised
                rated("python", 1, "2026-11-04T09:00:00Z"),   // lowered
                rated("python", 3, "2026-11-04T18:00:00Z"),   // raised
                new RatingChange("python", Optional.empty(), Instant.parse("2026-11-05T09:00:00Z")),
                rated("python", 2, "2026-11-06T09:00:00Z"));  // after a clear: a first rating again
        PlannedFor planned = plan("ml-engineer", "ML Engineer",
                step("a", StepStatus.DONE, null, null, LocalDate.of(2026, 11, 4)),
                step("b", StepStatus.DONE, null, null, LocalDate.of(2026, 11, 4)),
                step("closed", StepStatus.DONE, null, null, LocalDate.of(2026, 11, 4), "python", true),
                step("long ago", StepStatus.DONE, null, null, LocalDate.of(2026, 1, 4)));

        ProgressCalendar calendar = WeeklyLoop.of(inputs(List.of(planned), history, Map.of())).calendar();

        assertThat(calendar.firstDay()).isEqualTo(LocalDate.of(2026, 6, 1)); // the Monday 25 weeks before this week's
        assertThat(calendar.days()).hasSize(26 * 7 - 3);                    // through Thursday, not the days to come
        assertThat(calendar.days().getLast().date()).isEqualTo(TODAY);
        Map<LocalDate, ProgressCalendar.Day> byDate = new HashMap<>();
        calendar.days().forEach(day -> byDate.put(day.date(), day));
        assertThat(byDate.get(LocalDate.of(2026, 11, 3)).ratingsRaised()).isEqualTo(1);
        assertThat(byDate.get(LocalDate.of(2026, 11, 4))).isEqualTo(new ProgressCalendar.Day(LocalDate.of(2026, 11, 4), 2, 1));
        assertThat(byDate.get(LocalDate.of(2026, 11, 6)).total()).isZero();
        assertThat(calendar.stepsDone()).isEqualTo(2);
        assertThat(calendar.ratingsRaised()).isEqualTo(2);
        assertThat(calendar.activeDays()).isEqualTo(2);
    }

    @Test
    void the_calendar_days_are_the_users_own_a_late_evening_rating_in_new_york_counts_on_its_local_day() {
        List<RatingChange> history = List.of(rated("python", 1, "2026-11-10T12:00:00Z"),
                rated("python", 2, "2026-11-11T03:00:00Z")); // 22:00 on 10 November in New York
        WeekInputs utc = inputs(List.of(), history, Map.of());
        WeekInputs newYork = new WeekInputs(utc.plans(), utc.answers(), utc.history(), utc.lastChecked(), utc.skillNames(),
                utc.now(), ZoneId.of("America/New_York"));

        assertThat(WeeklyLoop.of(utc).calendar().days()).filteredOn(day -> day.total() > 0)
                .extracting(ProgressCalendar.Day::date).containsExactly(LocalDate.of(2026, 11, 11));
        assertThat(WeeklyLoop.of(newYork).calendar().days()).filteredOn(day -> day.total() > 0)
                .extracting(ProgressCalendar.Day::date).containsExactly(LocalDate.of(2026, 11, 10));
    }

    @Test
    void today_is_the_users_own_date_in_tokyo_it_is_already_tomorrow() {
        Instant lateEvening = Instant.parse("2026-11-26T20:00:00Z"); // Friday 05:00 in Tokyo
        PlannedFor planned = plan("ml-engineer", "ML Engineer", step("Due Thursday", StepStatus.TODO, TODAY.minusDays(5), TODAY, null));
        WeekInputs base = inputs(List.of(planned), List.of(), Map.of());

        ThisWeek tokyo = WeeklyLoop.of(new WeekInputs(base.plans(), base.answers(), List.of(), Map.of(), base.skillNames(),
                lateEvening, ZoneId.of("Asia/Tokyo")));

        assertThat(tokyo.today()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(tokyo.nextSteps().getFirst().timing()).isEqualTo(Timing.OVERDUE);
        assertThat(tokyo.behind()).singleElement().extracting(ThisWeek.BehindSchedule::daysLate).isEqualTo(1L);
    }

    @Test
    void the_streak_counts_weeks_with_progress_in_a_row_and_survives_a_week_just_begun() {
        List<PlanStep> steps = new ArrayList<>();
        // done in the weeks of 16, 9 and 2 November, not in the week of 26 October, and once in October before
        for (LocalDate day : List.of(LocalDate.of(2026, 11, 18), LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 8),
                LocalDate.of(2026, 11, 2), LocalDate.of(2026, 10, 20))) {
            steps.add(step("done " + day, StepStatus.DONE, null, null, day));
        }
        PlannedFor planned = plan("ml-engineer", "ML Engineer", steps.toArray(PlanStep[]::new));

        assertThat(WeeklyLoop.of(inputs(List.of(planned), List.of(), Map.of())).calendar().streakWeeks())
                .as("nothing yet this week: the streak up to last week still stands").isEqualTo(3);

        steps.add(step("done today", StepStatus.DONE, null, null, TODAY));
        PlannedFor withToday = plan("ml-engineer", "ML Engineer", steps.toArray(PlanStep[]::new));
        assertThat(WeeklyLoop.of(inputs(List.of(withToday), List.of(), Map.of())).calendar().streakWeeks()).isEqualTo(4);
    }

    @Test
    void a_missed_week_ends_the_streak() {
        PlannedFor planned = plan("ml-engineer", "ML Engineer", step("two weeks ago", StepStatus.DONE, null, null, LocalDate.of(2026, 11, 10)));
        assertThat(WeeklyLoop.of(inputs(List.of(planned), List.of(), Map.of())).calendar().streakWeeks()).isZero();
    }

    @Test
    void a_new_user_has_no_answers_no_steps_and_an_empty_calendar() {
        ThisWeek week = WeeklyLoop.of(inputs(List.of(), List.of(), Map.of()));
        assertThat(week.hasAnswers()).isFalse();
        assertThat(week.hasPlans()).isFalse();
        assertThat(week.nextSteps()).isEmpty();
        assertThat(week.calendar().activeDays()).isZero();
        assertThat(week.calendar().streakWeeks()).isZero();
    }

    @Test
    void an_undated_step_is_never_due_this_week() {
        assertThat(WeeklyLoop.timing(step("habit", StepStatus.TODO, null, null, null), TODAY)).isEqualTo(Timing.LATER);
    }

    @Test
    void ratings_due_list_the_latest_step_per_skill_newest_first_then_the_oldest_checks_first() {
        Map<String, Instant> checked = new HashMap<>();
        checked.put("python", Instant.parse("2026-11-01T08:00:00Z"));
        checked.put("custom:7", Instant.parse("2026-11-01T08:00:00Z"));
        checked.put("stats", Instant.parse("2026-05-01T08:00:00Z"));
        Map<String, String> names = Map.of("python", "Python", "stats", "Statistics", "custom:7", "Dashboards",
                "sql", "SQL", "r", "R", "dl", "Deep learning", "viz", "Visualisation");
        checked.put("dl", Instant.parse("2026-11-01T08:00:00Z"));
        checked.put("viz", Instant.parse("2026-11-01T08:00:00Z"));
        checked.put("sql", Instant.parse("2026-03-01T08:00:00Z"));
        checked.put("r", Instant.parse("2026-06-01T08:00:00Z"));
        PlannedFor planned = plan("ml-engineer", "ML Engineer",
                step("Python basics", StepStatus.DONE, null, null, LocalDate.of(2026, 11, 5), "python", false),
                step("Python projects", StepStatus.DONE, null, null, LocalDate.of(2026, 11, 20), "python", false),
                step("Python again", StepStatus.DONE, null, null, LocalDate.of(2026, 11, 10), "python", false),
                step("Dashboards", StepStatus.DONE, null, null, LocalDate.of(2026, 11, 12), "custom:7", false),
                step("Deep learning", StepStatus.DONE, null, null, LocalDate.of(2026, 11, 8), "dl", false),
                step("Charts", StepStatus.DONE, null, null, LocalDate.of(2026, 11, 15), "viz", false));
        WeekInputs base = inputs(List.of(planned), List.of(), checked);
        WeekInputs in = new WeekInputs(base.plans(), base.answers(), base.history(), base.lastChecked(), names, NOW, ZoneOffset.UTC);

        List<ThisWeek.RatingDue> due = WeeklyLoop.of(in).ratingsDue();

        assertThat(due).extracting(ThisWeek.RatingDue::skillKey).containsExactly("python", "viz", "custom:7", "dl", "sql", "stats", "r");
        assertThat(due.getFirst().doneStepTitle()).contains("Python projects");
        assertThat(due.getFirst().lastCheckedOn()).isEqualTo(LocalDate.of(2026, 11, 1));
    }

    @Test
    void the_same_level_given_again_is_not_a_raise_and_a_raise_alone_makes_a_streak() {
        List<RatingChange> history = List.of(
                rated("python", 2, "2026-11-02T09:00:00Z"),
                rated("python", 2, "2026-11-10T09:00:00Z"),    // the same level again (an imported history can hold it)
                rated("python", 3, "2026-11-24T09:00:00Z"));   // raised this week

        ProgressCalendar calendar = WeeklyLoop.of(inputs(List.of(), history, Map.of())).calendar();

        assertThat(calendar.ratingsRaised()).isEqualTo(1);
        assertThat(calendar.streakWeeks()).isEqualTo(1);
    }

    @Test
    void a_streak_is_counted_back_at_most_ten_years() {
        List<PlanStep> steps = new ArrayList<>();
        for (int week = 0; week < 600; week++) {
            steps.add(step("w" + week, StepStatus.DONE, null, null, TODAY.minusWeeks(week)));
        }
        PlannedFor planned = plan("ml-engineer", "ML Engineer", steps.toArray(PlanStep[]::new));

        assertThat(WeeklyLoop.of(inputs(List.of(planned), List.of(), Map.of())).calendar().streakWeeks()).isEqualTo(520);
    }
}
