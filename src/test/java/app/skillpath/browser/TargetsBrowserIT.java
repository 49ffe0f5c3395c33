package app.skillpath.browser;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Targets in a real browser: copy a role into a target, change a level, save, and see it scored on the list. */
class TargetsBrowserIT extends BrowserTest {

    @Test
    void copy_a_role_into_a_target_change_a_level_and_see_its_fit() {
        signUp(page, "targets.browser");
        page.navigate(url("assessment"));
        rate("statistics", 2);

        page.navigate(url("targets"));
        assertThat(page.locator("#targets-empty")).containsText("a real job posting, or a role of your own");
        screenshot("targets-empty");
        List<String> problems = new ArrayList<>();
        axe("targets (empty)", problems);

        page.locator("#copy-role").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Data Science Manager")
                .setVisible(true)).first().click();
        page.locator("#copy-role-button").click();
        assertThat(page.locator("#target-title input")).hasValue("Data Science Manager (my copy)");

        page.locator("#target-title input").fill("Head of Data at Acme");
        page.locator("#target-company input").fill("Acme");
        page.locator("#skill-statistics-level").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("4 expert").setVisible(true))
                .first().click();
        assertThat(page.locator("#skill-statistics-level")).containsText("4 expert");
        page.locator("#save-target").click();
        assertThat(page.locator("#target-saved")).containsText("Saved.");
        // the address is now the saved target's, so a reload edits it rather than making another
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/targets/target(:|%3A)\\d+/edit$"));
        screenshot("target-editor");
        axe("the editor", problems);
        // the layout's content scrolls inside the page, so a full-page shot shows only its top: the rest part by part
        for (String part : new String[]{"target-skills-section", "target-education-section", "target-saved"}) {
            page.locator("#" + part).scrollIntoViewIfNeeded();
            page.waitForTimeout(200);
            page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve("target-editor-" + part + "-1280.png")));
        }

        page.navigate(url("targets"));
        Locator card = page.locator(".target-card");
        assertThat(card).hasCount(1);
        assertThat(card).containsText("Head of Data at Acme");
        assertThat(card).containsText("Acme");
        assertThat(card.locator(".fit-number")).hasText(java.util.regex.Pattern.compile("\\d+"));
        screenshot("targets");
        axe("targets", problems);

        card.locator("a", new Locator.LocatorOptions().setHasText("Edit")).click();
        assertThat(page.locator("#target-title input")).hasValue("Head of Data at Acme");
        assertThat(page.locator("#skill-statistics-level")).containsText("4 expert");
        assertThat(problems).as("serious or critical axe-core violations").isEmpty();
    }

    /** axe-core on the page as it is now, as AccessibilityIT checks the other pages. */
    private void axe(String where, List<String> problems) {
        page.waitForTimeout(300);
        for (Rule violation : new AxeBuilder(page).analyze().getViolations()) {
            if (Set.of("serious", "critical").contains(violation.getImpact())) {
                problems.add(where + ": " + violation.getId() + " (" + violation.getImpact() + ") " + violation.getHelp()
                        + " at " + violation.getNodes().stream().map(node -> String.valueOf(node.getTarget())).limit(3).toList());
            }
        }
    }
}
