package app.skillpath.browser;

import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Content-Security-Policy in a real browser: code from another site is refused, and the browser
 * suite hears of it (so that the violation check every browser test ends with can fail at all).
 */
class ContentSecurityPolicyIT extends BrowserTest {

    @Test
    void a_script_from_another_site_is_refused_and_reported_to_the_test() {
        page.navigate(url(""));
        assertThat(page.locator("vaadin-app-layout")).isVisible();

        page.evaluate("() => { const script = document.createElement('script');"
                + " script.src = 'https://scripts.example.invalid/steal.js'; document.head.append(script); }");
        // both ways of hearing of it: the page's violation event and Chromium's console report
        page.waitForCondition(() -> cspViolations.size() >= 2);

        assertThat(cspViolations).hasSize(2).allSatisfy(violation -> assertThat(violation)
                .contains("script-src").contains("https://scripts.example.invalid/steal.js"));
        // the violation was the point of this test, not a fault of the page
        cspViolations.clear();
    }
}
