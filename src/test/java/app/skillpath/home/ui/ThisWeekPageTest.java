package app.skillpath.home.ui;

import app.skillpath.KaribuTest;
import app.skillpath.account.Account;
import app.skillpath.account.TestAccounts;
import app.skillpath.assessment.AssessmentService;
import app.skillpath.plan.Plan;
import app.skillpath.plan.PlanService;
import app.skillpath.plan.PlanStep;
import app.skillpath.plan.StepStatus;
import app.skillpath.base.ui.HtmlBlock;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.jooq.DSLContext;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

import static app.skillpath.db.generated.Tables.PLAN_STEP;
import static app.skillpath.db.generated.Tables.SKILL;
import static app.skillpath.db.generated.Tables.SKILL_RATING;
import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/** The home page of a logged-in user: this week's steps, late plans, ratings to check, fits and the progress calendar. */
class ThisWeekPageTest extends KaribuTest {

    @Autowired
    TestAccounts testAccounts;
    @Autowired
    AssessmentService assessmentService;
    @Autowired
    PlanService planService;
    @Autowired
    DSLContext dsl;

    private Account logIn(String name) {
        Account account = testAccounts.create(name);
        login(account, testAccounts.passwordHash(account));
        return account;
    }

    /** The text of the markup inside the component with this id (a section or a row of the page). */
    private static String textOf(String id) {
        Component component = _get(Component.class, spec -> spec.withId(id));
        return _find(component, HtmlBlock.class).stream().map(block -> Jsoup.parse(block.innerHtml()).text())
                .collect(Collectors.joining(" "));
    }

    private static boolean shown(String id) {
        return !_find(Component.class, spec -> spec.withId(id)).isEmpty();
    }

    /** Opens the home page afresh, as logging in does in the browser (a page load), not as a return to the same view. */
    private static void home() {
        navigate("roles");
        navigate("");
    }

    @Test
    void a_new_user_sees_where_to_start_and_no_empty_boxes() {
        logIn("week.new");
        home();

        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("This week");
        assertThat(markup("start-assessment").attr("href")).isEqualTo("assessment");
        assertThat(markup("start-roles").attr("href")).isEqualTo("roles");
        assertThat(markup("start-plan").attr("href")).isEqualTo("plan");
        assertThat(markup().getElementById("week-fit-table")).isNull();
        assertThat(markup().getElementById("progress-grid")).isNull();
        _assertNone(RadioButtonGroup.class);
    }

    @Test
    void an_anonymous_visitor_still_gets_the_introduction() {
        navigate("");
        assertThat(markup("home-pitch").text()).startsWith("Skillpath lays out");
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Welcome");
        assertThat(markup().getElementById("this-week")).isNull();
    }

    @Test
    void a_user_with_ratings_but_no_plan_is_led_to_make_one() {
        logIn("week.rated");
        assessmentService.rate("statistics", 2);
        home();

        assertThat(markup("no-plan").text()).contains("turn your gaps into steps");
        assertThat(markup("fit-without-plan").text()).contains("Make a plan for one");
        assertThat(markup("progress-summary").text()).contains("Nothing marked done");
    }

    @Test
    void this_weeks_steps_come_from_every_plan_at_most_five_and_one_click_marks_one_done() {
        logIn("week.steps");
        assessmentService.rate("statistics", 1);
        planService.createPlan("data-science-manager", 4);
        planService.createPlan("machine-learning-engineer", 4);
        home();

        List<RadioButtonGroup> groups = _find(RadioButtonGroup.class);
        assertThat(groups).hasSize(5);
        assertThat(markup().select(".week-step-about a").eachText())
                .contains("Data Science Manager", "Machine Learning Engineer");
        assertThat(markup("more-steps").text()).contains("more open steps wait");
        assertThat(markup().select("#progress-grid .day.level-1")).isEmpty();

        @SuppressWarnings("unchecked")
        RadioButtonGroup<StepStatus> first = groups.getFirst();
        String title = markup().select("h4").first().text();
        long stepId = Long.parseLong(first.getId().orElseThrow().replaceAll("\\D", ""));
        first.setValue(StepStatus.DONE);

        expectNotifications("Saved: “" + title + "” is now done.");
        PlanStep saved = planService.myPlans().stream().flatMap(plan -> plan.steps().stream())
                .filter(step -> step.id() == stepId).findFirst().orElseThrow();
        assertThat(saved.status()).isEqualTo(StepStatus.DONE);
        assertThat(markup().select("h4").eachText()).doesNotContain(title);
        assertThat(markup().select("#progress-grid .day").last().classNames()).contains("level-1");
        assertThat(markup("progress-streak").text()).isEqualTo("Streak: 1 week in a row with progress.");
        assertThat(markup("progress-text").text()).contains("1 step done");
    }

    @Test
    void a_step_changed_in_another_tab_first_is_not_overwritten_and_the_page_says_so() {
        logIn("week.stale");
        Plan plan = planService.createPlan("data-science-manager", 4);
        home();
        PlanStep first = plan.steps().stream().filter(step -> step.status().isOpen() && step.dueOn().isPresent()).findFirst().orElseThrow();
        planService.updateStep(first.id(), first.version(), StepStatus.IN_PROGRESS, "written elsewhere");

        @SuppressWarnings("unchecked")
        RadioButtonGroup<StepStatus> status = _get(RadioButtonGroup.class, spec -> spec.withId("week-step-" + first.id() + "-status"));
        status.setValue(StepStatus.DONE);

        PlanStep now = planService.myPlan("data-science-manager").orElseThrow().steps().stream()
                .filter(step -> step.id() == first.id()).findFirst().orElseThrow();
        assertThat(now.status()).isEqualTo(StepStatus.IN_PROGRESS);
        assertThat(now.note()).contains("written elsewhere");
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withId("week-step-" + first.id() + "-status")).getValue())
                .isEqualTo(StepStatus.IN_PROGRESS);
    }

    @Test
    void a_late_plan_says_by_how_much_and_re_pacing_dates_its_open_steps_from_today() {
        logIn("week.late");
        Plan plan = planService.createPlan("data-science-manager", 4);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        // the plan was made a year ago and nothing was done since: move every date back a year
        for (PlanStep step : plan.steps()) {
            if (step.dueOn().isPresent()) {
                dsl.update(PLAN_STEP).set(PLAN_STEP.STARTS_ON, step.startsOn().get().minusDays(365))
                        .set(PLAN_STEP.DUE_ON, step.dueOn().get().minusDays(365)).where(PLAN_STEP.ID.eq(step.id())).execute();
            }
        }
        home();

        String late = textOf("behind-schedule");
        assertThat(late).contains("Data Science Manager").contains("past due, the oldest by");
        assertThat(markup().select(".overdue-badge")).isNotEmpty();

        _click(_get(Button.class, spec -> spec.withId("repace-data-science-manager")));

        assertThat(shown("behind-schedule")).isFalse();
        assertThat(markup().select(".overdue-badge")).isEmpty();
        Plan repaced = planService.myPlan("data-science-manager").orElseThrow();
        assertThat(repaced.steps().stream().filter(step -> step.status().isOpen()).flatMap(step -> step.startsOn().stream()))
                .isNotEmpty().allSatisfy(starts -> assertThat(starts).isAfterOrEqualTo(today));
    }

    @Test
    void re_pacing_from_a_page_read_before_the_pace_was_changed_elsewhere_keeps_the_new_pace() {
        logIn("week.late.pace");
        Plan plan = planService.createPlan("data-science-manager", 4);
        for (PlanStep step : plan.steps()) {
            if (step.dueOn().isPresent()) {
                dsl.update(PLAN_STEP).set(PLAN_STEP.STARTS_ON, step.startsOn().get().minusDays(365))
                        .set(PLAN_STEP.DUE_ON, step.dueOn().get().minusDays(365)).where(PLAN_STEP.ID.eq(step.id())).execute();
            }
        }
        home();
        // another tab: the plan page, where the user sets a new pace (which dates the steps again)
        planService.changePace("data-science-manager", 10);

        _click(_get(Button.class, spec -> spec.withId("repace-data-science-manager")));

        assertThat(planService.myPlan("data-science-manager").orElseThrow().hoursPerWeek()).isEqualTo(10);
    }

    @Test
    void an_old_rating_is_due_for_a_check_links_to_its_place_on_the_assessment_and_can_be_kept() {
        Account account = logIn("week.old-rating");
        assessmentService.rate("statistics", 2);
        assessmentService.rate("programming", 3);
        dsl.update(SKILL_RATING).set(SKILL_RATING.UPDATED_AT, OffsetDateTime.now(ZoneOffset.UTC).minusDays(120))
                .where(SKILL_RATING.OWNER_ID.eq(account.id()))
                .and(SKILL_RATING.SKILL_ID.eq(dsl.select(SKILL.ID).from(SKILL).where(SKILL.KEY.eq("statistics")).fetchSingle().value1()))
                .execute();
        home();

        assertThat(textOf("due-statistics")).contains("Statistical concepts and methods: last rated or checked on");
        assertThat(shown("due-programming")).isFalse();
        assertThat(markup("due-statistics-open").attr("href")).isEqualTo("assessment?skill=statistics");

        _click(_get(Button.class, spec -> spec.withId("due-statistics-keep")));

        expectNotifications("Kept: your rating of Statistical concepts and methods counts as checked today.");
        assertThat(shown("ratings-due")).isFalse();
        assertThat(assessmentService.mine().level("statistics")).contains(2);
    }

    @Test
    void the_fit_table_shows_each_planned_role_now_and_that_the_history_is_too_young_to_compare() {
        logIn("week.fit");
        assessmentService.rate("statistics", 2);
        planService.createPlan("data-science-manager", 4);
        home();

        var rows = markup().select("#week-fit-table tbody tr");
        assertThat(rows).hasSize(1);
        assertThat(rows.first().text()).startsWith("Data Science Manager").contains("%")
                .contains("Your ratings do not go back four weeks yet");
    }

    @Test
    void another_users_home_never_shows_my_steps() {
        logIn("week.owner");
        planService.createPlan("data-science-manager", 4);
        logout();
        logIn("week.stranger");
        home();

        _assertNone(RadioButtonGroup.class);
        assertThat(shown("start-here")).isTrue();
    }
}
