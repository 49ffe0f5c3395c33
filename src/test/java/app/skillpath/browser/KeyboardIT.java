package app.skillpath.browser;

import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The main journey with the keyboard only: no mouse clicks at all. */
class KeyboardIT extends BrowserTest {

    @Test
    void sign_up_rate_a_skill_switch_colours_and_navigate_with_the_keyboard_alone() {
        page.navigate(url("signup"));
        // tabbing starts once the form is there: on a loaded machine 200 Tabs could all land before it rendered
        page.locator("#signup-username").waitFor();
        tabUntil("signup-username");
        page.keyboard().type("keys.only");
        tabUntil("signup-password");
        page.keyboard().type(PASSWORD);
        tabUntil("signup-confirmation");
        page.keyboard().type(PASSWORD);
        page.keyboard().press("Enter");
        assertThat(page.locator("#user-name")).hasText("keys.only");

        page.navigate(url("assessment"));
        page.locator("#rating-programming").waitFor();
        tabUntil("rating-programming");
        page.keyboard().press("Space");
        assertThat(page.locator("#status-programming")).hasText("Rated 0 none");
        page.keyboard().press("ArrowDown");
        page.keyboard().press("ArrowDown");
        assertThat(page.locator("#status-programming")).hasText("Rated 2 working");

        tabUntil("color-scheme-toggle");
        page.keyboard().press("Enter");
        assertThat(page.locator("#color-scheme-toggle")).hasAttribute("aria-label", "Use light colours");
        screenshot("assessment-dark");

        tabUntil("to-fit");
        page.keyboard().press("Enter");
        assertThat(page.locator("#fit-score-data-science-manager")).isVisible();
    }

    private void tabUntil(String id) {
        for (int i = 0; i < 200 && !id.equals(activeId()); i++) {
            page.keyboard().press("Tab");
        }
        assertThat(activeId()).as("reached #" + id + " with Tab").isEqualTo(id);
    }

    /** The id of the focused element or of the nearest element with an id around it. */
    private String activeId() {
        return (String) page.evaluate("() => { let e = document.activeElement; "
                + "const generated = id => !id || /^(input|textarea|label|radio|error-message|helper-text)-/.test(id);"
                + "while (e && generated(e.id)) { e = e.parentElement || (e.getRootNode() && e.getRootNode().host); }"
                + "return e ? e.id : ''; }");
    }
}
