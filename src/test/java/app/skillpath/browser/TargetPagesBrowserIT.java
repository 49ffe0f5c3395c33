package app.skillpath.browser;

import app.skillpath.account.AccountRepository;
import app.skillpath.account.TestAccounts;
import app.skillpath.catalog.EducationLevel;
import app.skillpath.target.Target;
import app.skillpath.target.TargetDraft;
import app.skillpath.target.TargetDraft.SkillDraft;
import app.skillpath.target.TargetEducation;
import app.skillpath.target.TargetService;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A user's own target on /fit, /plan, /compare and /assessment in a real browser. The target is made through
 * TargetService as the signed-up user (the pages to make one are built elsewhere); everything after is the browser's.
 */
class TargetPagesBrowserIT extends BrowserTest {

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    TargetService targetService;

    @Test
    void a_target_is_scored_planned_compared_and_its_own_skill_rated() {
        signUp(page, "target.pages");
        Target target = asUser("target.pages", () -> targetService.create(new TargetDraft("Data Analyst at Acme", "Acme Analytics",
                "", "", List.of(SkillDraft.catalog("statistics", 3, 3, true), SkillDraft.catalog("programming", 2, 2, false),
                        SkillDraft.newCustom("Looker dashboards", 2, 2, true)),
                Optional.of(new TargetEducation(EducationLevel.BACHELOR, List.of("statistics"), true, 1)), List.of())));
        String custom = target.skills().get(2).skillKey().replace(':', '-');
        String key = target.key().replace(":", "\\:");

        page.navigate(url("assessment"));
        rate("statistics", 2);
        assertThat(page.locator("#custom-skills")).containsText("Used by: Data Analyst at Acme.");
        page.locator("#custom-level-" + custom).click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("1 aware").setVisible(true)).first().click();
        assertThat(page.locator("#custom-level-" + custom)).containsText("1 aware");
        page.locator("#custom-note-" + custom + " textarea").fill("One dashboard for the team");
        page.locator("#custom-hours-" + custom + " input").fill("12");
        page.locator("#custom-hours-" + custom + " input").press("Tab");
        assertThat(page.locator("#custom-saved-" + custom)).hasText("Saved.");
        page.locator("#custom-skills").screenshot(new Locator.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("assessment-own-skills-section-1280.png")));

        page.navigate(url("fit"));
        assertThat(page.locator("#fit-own-" + key)).hasText("Your target");
        assertThat(page.locator("#fit-chart-" + key)).hasAttribute("data-rendered", "true");
        screenshot("fit-with-target");

        page.locator("#plan-link-" + key).click();
        page.locator("#plan-pace input").fill("6");
        page.locator("#create-plan").click();
        assertThat(page.locator("#plan-completion")).containsText("Expected completion");
        assertThat(page.locator("#step-skill-" + custom)).containsText("the article gives no tip for it");
        assertThat(page.locator("#plan-role")).containsText("Data Analyst at Acme (your target)");
        screenshot("plan-for-target");

        page.navigate(url("compare?left=" + target.key() + "&right=machine-learning-engineer"));
        assertThat(page.locator("#compare-skills")).containsText("Looker dashboards");
        screenshot("compare-target");
        page.locator("#comparison").screenshot(new Locator.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("compare-target-sections-1280.png")));

        // the pages with a target as AccessibilityIT checks every page: no serious or critical axe-core violation
        List<String> problems = new ArrayList<>();
        for (String path : List.of("assessment", "fit", "plan?role=" + target.key(),
                "compare?left=" + target.key() + "&right=machine-learning-engineer")) {
            page.navigate(url(path));
            page.waitForSelector("vaadin-app-layout main, vaadin-app-layout [class~=page]");
            page.waitForTimeout(300);
            AxeResults results = new AxeBuilder(page).analyze();
            for (Rule violation : results.getViolations()) {
                if (Set.of("serious", "critical").contains(violation.getImpact())) {
                    problems.add("/" + path + ": " + violation.getId() + " (" + violation.getImpact() + ") " + violation.getHelp()
                            + " at " + violation.getNodes().stream().map(node -> node.getTarget() + " " + node.getFailureSummary()).limit(8).toList());
                }
            }
        }
        org.assertj.core.api.Assertions.assertThat(problems).as("serious or critical axe-core violations").isEmpty();
    }

    /** Runs a service call as the user signed up in the browser, as their own request would. */
    private <T> T asUser(String username, Supplier<T> call) {
        TestAccounts.logIn(accountRepository.findByUsername(username).orElseThrow().toAccount());
        try {
            return call.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
