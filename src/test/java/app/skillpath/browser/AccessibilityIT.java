package app.skillpath.browser;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** axe-core on every page, anonymous and logged in: no serious or critical violations. */
class AccessibilityIT extends BrowserTest {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    @Test
    void no_page_has_serious_or_critical_accessibility_violations() {
        List<String> problems = new ArrayList<>();
        for (String path : List.of("", "roles", "roles/machine-learning-engineer", "roles/data-science-manager", "compare",
                "login", "signup", "no/such/page")) {
            check(path, problems);
        }

        signUp(page, "axe.browser");
        page.navigate(url("assessment"));
        rate("statistics", 2);
        assertThat(page.locator("#assessment-progress")).hasText("1 of 11 skills rated");
        page.navigate(url("plan?role=data-science-manager"));
        page.locator("#create-plan").click();
        assertThat(page.locator("#plan-completion")).isVisible();

        for (String path : List.of("assessment", "fit", "plan?role=data-science-manager", "account")) {
            check(path, problems);
        }

        // the same pages in Lumo's dark scheme, which is remembered for the user
        page.locator("#color-scheme-toggle").click();
        assertThat(page.locator("#color-scheme-toggle")).hasAttribute("aria-label", "Use light colours");
        for (String path : List.of("roles/machine-learning-engineer", "assessment", "fit", "plan?role=data-science-manager")) {
            check(path, problems);
        }
        assertThat(page.locator("#color-scheme-toggle")).hasAttribute("aria-label", "Use light colours");
        screenshot("plan-dark");

        assertThat(problems).as("serious or critical axe-core violations").isEmpty();
    }

    private void check(String path, List<String> problems) {
        page.navigate(url(path));
        page.waitForSelector("vaadin-app-layout main, vaadin-app-layout [class~=page]");
        page.waitForTimeout(300);
        AxeResults results = new AxeBuilder(page).analyze();
        for (Rule violation : results.getViolations()) {
            if (BLOCKING.contains(violation.getImpact())) {
                problems.add("/" + path + ": " + violation.getId() + " (" + violation.getImpact() + ") " + violation.getHelp()
                        + " at " + violation.getNodes().stream().map(node -> String.valueOf(node.getTarget())).limit(3).toList());
            }
        }
    }
}
