package app.skillpath.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

import static app.skillpath.db.generated.Tables.APP_USER;
import static app.skillpath.db.generated.Tables.PLAN;
import static app.skillpath.db.generated.Tables.PLAN_STEP;
import static app.skillpath.db.generated.Tables.ROLE;
import static app.skillpath.db.generated.Tables.SKILL;
import static app.skillpath.db.generated.Tables.SKILL_RATING;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Issue #13's weekly loop in a real browser: a returning user opens the home page, ticks off a step, follows a
 * re-rating nudge to its place on the assessment and re-paces a late plan; a new user is shown where to start.
 * Time passing (a rating months old, a plan made a year ago) is written into the test's embedded database, as the
 * Karibu tests of the page do.
 */
class WeekBrowserIT extends BrowserTest {

    private static final String USER = "weekit.returning";

    @Autowired
    DSLContext dsl;

    @Test
    void a_returning_user_ticks_off_a_step_checks_an_old_rating_and_re_paces_a_late_plan() {
        signUp(page, USER);
        page.navigate(url("assessment"));
        rate("statistics", 1);
        rate("programming", 2);
        rate("mathematics", 2);
        assertThat(page.locator("#assessment-progress")).hasText("3 of 11 skills rated");
        for (String role : new String[] {"data-science-manager", "machine-learning-engineer"}) {
            page.navigate(url("plan?role=" + role));
            page.locator("#create-plan").click();
            assertThat(page.locator("#plan-completion")).containsText("Expected completion");
        }

        page.navigate(url(""));
        assertThat(page.locator("#this-week")).isVisible();
        Locator steps = page.locator("#next-steps .week-step");
        assertThat(steps.first()).isVisible();
        Locator today = page.locator("#progress-grid .day").last();
        assertThat(today).hasClass(Pattern.compile("\\blevel-0\\b"));
        assertThat(page.locator("#progress-streak")).hasText("No streak yet: finish a step or raise a rating this week to start one.");
        assertThat(page.locator("#behind-schedule")).hasCount(0);
        assertThat(page.locator("#ratings-due")).hasCount(0);

        // one click on "Done" in the first step's status saves it
        Locator first = steps.first();
        String stepId = first.getAttribute("id");
        String title = first.locator("h4").textContent();
        first.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Done")).click();

        assertThat(page.locator("vaadin-notification-card").last()).containsText("Saved: “" + title + "” is now done.");
        assertThat(page.locator("#" + stepId)).hasCount(0);
        assertThat(today).hasClass(Pattern.compile("\\blevel-1\\b"));
        assertThat(page.locator("#progress-streak")).hasText("Streak: 1 week in a row with progress.");
        assertThat(page.locator("#progress-summary")).containsText("1 step done");

        // months pass: the statistics rating is 120 days old, and the Machine Learning Engineer plan was made a year ago
        long owner = dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq(USER)).fetchSingle().value1();
        dsl.update(SKILL_RATING).set(SKILL_RATING.UPDATED_AT, OffsetDateTime.now(ZoneOffset.UTC).minusDays(120))
                .where(SKILL_RATING.OWNER_ID.eq(owner))
                .and(SKILL_RATING.SKILL_ID.eq(dsl.select(SKILL.ID).from(SKILL).where(SKILL.KEY.eq("statistics"))))
                .execute();
        int moved = dsl.update(PLAN_STEP)
                .set(PLAN_STEP.STARTS_ON, PLAN_STEP.STARTS_ON.minus(365))
                .set(PLAN_STEP.DUE_ON, PLAN_STEP.DUE_ON.minus(365))
                .where(PLAN_STEP.OWNER_ID.eq(owner)).and(PLAN_STEP.DUE_ON.isNotNull())
                .and(PLAN_STEP.PLAN_ID.eq(dsl.select(PLAN.ID).from(PLAN).join(ROLE).on(ROLE.ID.eq(PLAN.ROLE_ID))
                        .where(PLAN.OWNER_ID.eq(owner)).and(ROLE.KEY.eq("machine-learning-engineer"))))
                .execute();
        org.assertj.core.api.Assertions.assertThat(moved).isPositive();

        page.navigate(url(""));
        assertThat(page.locator("#behind-schedule")).containsText("Machine Learning Engineer");
        assertThat(page.locator("#behind-schedule")).containsText("past due, the oldest by");
        assertThat(page.locator("#due-statistics")).containsText("Statistical concepts and methods: last rated or checked on");
        assertThat(page.locator("#due-programming")).hasCount(0);
        assertThat(page.locator("#week-fit-table")).containsText("Data Science Manager");
        // the state the screenshots in docs/ show: a plan, a late plan, a rating due and a day of progress
        wholePage("home-this-week");
        // on a phone the calendar fits the screen: scrolled, it would show its oldest weeks and hide this one
        page.setViewportSize(390, 844);
        org.assertj.core.api.Assertions.assertThat(((Number) page.evaluate("() => { const grid = document.getElementById('progress-grid');"
                + " return grid.scrollWidth - grid.clientWidth; }")).intValue()).as("calendar wider than a phone").isLessThanOrEqualTo(0);
        page.setViewportSize(1280, 900);

        // the nudge opens the assessment at that skill, scrolled into view and marked as the one asked about
        page.locator("#due-statistics-open").click();
        assertThat(page).hasURL(Pattern.compile(".*/assessment\\?skill=statistics$"));
        Locator asked = page.locator("#rating-statistics");
        assertThat(asked).hasClass(Pattern.compile("\\basked\\b"));
        assertThat(asked).isInViewport();
        // opened as a page of its own (a bookmark, a new tab) it ends at that skill too, once the page has settled:
        // the first scroll of a full page load used to be lost while the layout was still being built
        page.navigate(url("assessment?skill=statistics"));
        assertThat(asked).hasClass(Pattern.compile("\\basked\\b"));
        page.waitForTimeout(2500);
        assertThat(asked).isInViewport();

        // back home, the late plan is dated again from today
        page.navigate(url(""));
        assertThat(page.locator(".overdue-badge").first()).isVisible();
        page.locator("#repace-machine-learning-engineer").click();
        assertThat(page.locator("vaadin-notification-card").last())
                .containsText("Your plan for Machine Learning Engineer is dated again from today");
        assertThat(page.locator("#behind-schedule")).hasCount(0);
        assertThat(page.locator(".overdue-badge")).hasCount(0);
        // what was done stays done
        assertThat(page.locator("#progress-streak")).hasText("Streak: 1 week in a row with progress.");
    }

    @Test
    void a_new_user_is_shown_where_to_start() {
        signUp(page, "weekit.new");
        page.navigate(url(""));

        assertThat(page.locator("#start-here")).isVisible();
        assertThat(page.locator("#start-assessment")).hasAttribute("href", "assessment");
        assertThat(page.locator("#start-plan")).hasAttribute("href", "plan");
        assertThat(page.locator("#next-steps")).hasCount(0);
        assertThat(page.locator("#progress-grid")).hasCount(0);

        page.locator("#start-assessment").click();
        assertThat(page).hasURL(Pattern.compile(".*/assessment$"));
        assertThat(page.locator("#assessment-progress")).isVisible();
    }
}
