package app.skillpath.browser;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static app.skillpath.db.generated.Tables.APP_USER;
import static app.skillpath.db.generated.Tables.PLAN_STEP;
import static app.skillpath.db.generated.Tables.SKILL_RATING;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** axe-core on every page, anonymous and logged in: no serious or critical violations. */
class AccessibilityIT extends BrowserTest {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    /** axe-core's rules whose outcome depends on the colours of the page. */
    private static final List<String> COLOUR_RULES = List.of("color-contrast", "link-in-text-block");

    @Autowired
    DSLContext dsl;

    @Test
    void no_page_has_serious_or_critical_accessibility_violations() {
        List<String> problems = new ArrayList<>();
        for (String path : List.of("", "roles", "roles/machine-learning-engineer", "roles/data-science-manager", "compare",
                "login", "signup", "no/such/page")) {
            check(path, problems);
        }

        signUp(page, "axe.browser");
        // the logged-in home page of a new user: where to start
        check("", problems);
        assertThat(page.locator("#start-here")).isVisible();
        page.navigate(url("assessment"));
        rate("statistics", 2);
        assertThat(page.locator("#assessment-progress")).hasText("1 of 11 skills rated");
        page.navigate(url("plan?role=data-science-manager"));
        page.locator("#create-plan").click();
        assertThat(page.locator("#plan-completion")).isVisible();

        for (String path : List.of("assessment", "fit", "plan?role=data-science-manager", "account")) {
            check(path, problems);
        }
        // the logged-in home page with a plan: this week's steps with their status radios, the fit table, the calendar
        check("", problems);
        assertThat(page.locator("#next-steps .week-step").first()).isVisible();
        // and with everything it can show: the plan made a year ago (late, with its re-pace button) and the rating
        // months old (due for a check, with its "Still right" button)
        long owner = dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq("axe.browser")).fetchSingle().value1();
        dsl.update(SKILL_RATING).set(SKILL_RATING.UPDATED_AT, OffsetDateTime.now(ZoneOffset.UTC).minusDays(120))
                .where(SKILL_RATING.OWNER_ID.eq(owner)).execute();
        dsl.update(PLAN_STEP).set(PLAN_STEP.STARTS_ON, PLAN_STEP.STARTS_ON.minus(365)).set(PLAN_STEP.DUE_ON, PLAN_STEP.DUE_ON.minus(365))
                .where(PLAN_STEP.OWNER_ID.eq(owner)).and(PLAN_STEP.DUE_ON.isNotNull()).execute();
        check("", problems);
        assertThat(page.locator("#behind-schedule")).isVisible();
        assertThat(page.locator("#ratings-due")).isVisible();

        // the same pages in Lumo's dark scheme, which is remembered for the user
        page.locator("#color-scheme-toggle").click();
        assertThat(page.locator("#color-scheme-toggle")).hasAttribute("aria-label", "Use light colours");
        // only the rules about colour: the scheme changes colours and nothing else, and the full set on these pages
        // above already ran (a full run costs some 4 s of a loaded build machine per page)
        for (String path : List.of("", "roles/machine-learning-engineer", "assessment", "fit", "plan?role=data-science-manager")) {
            check(path, problems, COLOUR_RULES);
        }
        assertThat(page.locator("#color-scheme-toggle")).hasAttribute("aria-label", "Use light colours");
        screenshot("plan-dark");

        assertThat(problems).as("serious or critical axe-core violations").isEmpty();
    }

    private void check(String path, List<String> problems) {
        check(path, problems, List.of());
    }

    /** Runs axe-core on the page at that path: the given rules, or every rule when none are given. */
    private void check(String path, List<String> problems, List<String> rules) {
        page.navigate(url(path));
        page.waitForSelector("vaadin-app-layout main, vaadin-app-layout [class~=page]");
        page.waitForTimeout(300);
        AxeBuilder axe = new AxeBuilder(page);
        AxeResults results = (rules.isEmpty() ? axe : axe.withRules(rules)).analyze();
        for (Rule violation : results.getViolations()) {
            if (BLOCKING.contains(violation.getImpact())) {
                problems.add("/" + path + ": " + violation.getId() + " (" + violation.getImpact() + ") " + violation.getHelp()
                        + " at " + violation.getNodes().stream().map(node -> String.valueOf(node.getTarget())).limit(3).toList());
            }
        }
    }
}
