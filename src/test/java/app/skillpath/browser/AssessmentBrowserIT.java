package app.skillpath.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.SelectOption;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The self-assessment and the fit page in a real browser, as a new user would use them. */
class AssessmentBrowserIT extends BrowserTest {


    /** Every skill of the catalog, rated at the ML Engineer's required level where it has one. */
    private static final Map<String, Integer> RATINGS = Map.ofEntries(
            Map.entry("programming", 3), Map.entry("data-structures-algorithms", 3), Map.entry("ml-frameworks", 3),
            Map.entry("mathematics", 3), Map.entry("statistics", 3), Map.entry("data-science-foundations", 1),
            Map.entry("data-science-tools", 2), Map.entry("cloud-computing", 2), Map.entry("team-leadership", 1),
            Map.entry("communication-collaboration", 2), Map.entry("business-strategy", 0));

    @Test
    void a_new_user_rates_every_skill_sees_a_fit_per_role_and_finds_the_answers_again() {
        page.navigate(url("fit"));
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
        signUp(page, "rater.browser");

        page.navigate(url("fit"));
        assertThat(page.locator("#fit-empty")).containsText("Rate yourself first");
        screenshot("fit-empty");

        page.locator("#start-assessment").click();
        assertThat(page.locator("#assessment-progress")).hasText("0 of 11 skills rated");
        int rated = 0;
        for (var rating : RATINGS.entrySet()) {
            rate(rating.getKey(), rating.getValue());
            rated++;
            assertThat(page.locator("#assessment-progress")).hasText(rated + " of 11 skills rated");
        }
        assertThat(page.locator("#status-statistics")).hasText("Rated 3 proficient");
        page.selectOption("#education-level", new SelectOption().setLabel("Bachelor's degree"));
        page.selectOption("#education-field", new SelectOption().setLabel("Computer science"));
        page.locator("#tools label").filter(new Locator.FilterOptions().setHasText("Python")).click();
        waitUntilAnswersSaved();
        // the server refuses what the page's own limit would prevent: shown at the field, the text kept to fix
        page.evaluate("document.querySelector('#note-statistics').removeAttribute('maxlength')");
        page.locator("#note-statistics").fill("x".repeat(2001));
        page.locator("#note-statistics").blur();
        waitUntilAnswersSaved();
        assertThat(page.locator("#note-error-statistics")).hasText("A note can have at most 2000 characters; this one has 2001.");
        assertThat(page.locator("#note-statistics")).hasAttribute("aria-invalid", "");
        org.assertj.core.api.Assertions.assertThat(page.locator("#note-statistics").inputValue()).hasSize(2001);
        page.locator("#note-statistics").fill("Applied statistics course, 2025");
        page.locator("#note-statistics").blur();
        waitUntilAnswersSaved();
        assertThat(page.locator("#note-error-statistics")).isHidden();
        assertThat(page.locator("#note-statistics")).not().hasAttribute("aria-invalid", "");
        screenshot("assessment");

        // the role filter shows one role's skills only, and all again
        page.selectOption("#role-filter", new SelectOption().setLabel("Data Science Manager"));
        assertThat(page.locator("#skill-team-leadership")).isVisible();
        assertThat(page.locator("#skill-programming")).isHidden();
        assertThat(page.locator("#area-computing")).isHidden();
        page.selectOption("#role-filter", new SelectOption().setLabel("All roles"));
        assertThat(page.locator("#skill-programming")).isVisible();

        // clearing a rating, and giving it again
        page.locator("#clear-cloud-computing").click();
        waitUntilAnswersSaved();
        assertThat(page.locator("#status-cloud-computing")).hasText("Not rated yet");
        assertThat(page.locator("#assessment-progress")).hasText("10 of 11 skills rated");
        rate("cloud-computing", 2);

        page.locator("#to-fit").click();
        assertThat(page.locator("#fit-score-machine-learning-engineer")).hasText("100");
        page.waitForTimeout(300);
        assertThat(contentScrollTop()).as("the fit page opens at its top").isZero();
        assertThat(page.locator("#fit-band-machine-learning-engineer")).hasText("Ready");
        // by hand, weight x coverage: team leadership 3 x 1/3 = 1, communication 3 x 2/3 = 2, statistics 2 x 1 = 2,
        // business 0, data science foundations 2 x 1/3, data science tools 1 x 1 = 1, education 2 x 0.5 = 1
        // (computer science is not one of the manager's fields): 7.67 of 15 = 51.1 -> 51
        assertThat(page.locator("#fit-score-data-science-manager")).hasText("51");
        assertThat(page.locator("#fit-chart-machine-learning-engineer canvas")).isVisible();
        assertThat(page.locator("#fit-chart-machine-learning-engineer")).hasAttribute("data-rendered", "true");
        assertThat(page.locator("#fit-table-data-science-manager")).containsText("Business operations and strategy");
        screenshot("fit");

        page.navigate(url("assessment"));
        assertThat(page.locator("#assessment-progress")).hasText("11 of 11 skills rated");
        assertThat(page.locator("#radio-statistics-3")).isChecked();
        assertThat(page.locator("#education-level")).hasValue("bachelor");
        assertThat(page.locator("#education-field")).hasValue("computer-science");
        assertThat(page.locator("#tools label").filter(new Locator.FilterOptions().setHasText("Python")).locator("input")).isChecked();
        assertThat(page.locator("#note-statistics")).hasValue("Applied statistics course, 2025");
    }

    @Test
    void answers_forged_in_the_browser_console_are_refused_with_a_message_the_user_sees() {
        signUp(page, "forger.browser");
        page.navigate(url("assessment"));
        assertThat(page.locator("#assessment-progress")).hasText("0 of 11 skills rated");
        Locator formError = page.locator("#form-error");
        assertThat(formError).isHidden();

        forge("skill-rated", "{ skill: 'statistics', level: 2.7 }");
        assertThat(formError).hasText("That answer could not be read; nothing was saved.");
        assertThat(formError).isVisible();
        screenshot("assessment-forged-answer");
        // each forged answer below is refused anew: the message is emptied before each one
        for (String[] forged : new String[][]{
                {"skill-rated", "{ skill: 'statistics', level: '3' }"},
                {"skill-rated", "{ skill: 'statistics' }"},
                {"skill-rated", "{ skill: 'statistics', level: 2, admin: true }"},
                {"tool-changed", "{ tool: 'python', used: 1 }"},
                {"tool-changed", "null"},
                {"tool-changed", "'python'"},
                {"education-changed", "undefined"}}) {
            page.evaluate("document.querySelector('#form-error').textContent = ''");
            forge(forged[0], forged[1]);
            assertThat(formError).hasText("That answer could not be read; nothing was saved.");
        }
        forge("skill-rated", "{ skill: 'no-such-skill', level: 2 }");
        assertThat(formError).hasText("There is no skill called “no-such-skill”.");
        forge("note-changed", "{ skill: 'statistics', note: 'a\\u0000b' }");
        assertThat(page.locator("#note-error-statistics"))
                .hasText("This note cannot be saved: it contains a NUL character (\\u0000), which cannot be stored.");
        waitUntilAnswersSaved();
        assertThat(page.locator("#assessment-progress")).hasText("0 of 11 skills rated");

        // a real answer is saved as usual and clears the form's message
        rate("statistics", 2);
        assertThat(formError).isHidden();
        page.navigate(url("assessment"));
        assertThat(page.locator("#assessment-progress")).hasText("1 of 11 skills rated");
        assertThat(page.locator("#radio-statistics-2")).isChecked();
        assertThat(page.locator("#note-statistics")).hasValue("");
    }

    @Test
    void two_tabs_show_the_same_answers_after_a_save_in_either() {
        signUp(page, "two.tabs");
        page.navigate(url("assessment"));
        Page other = page.context().newPage();
        other.navigate(url("assessment"));
        assertThat(other.locator("#assessment-progress")).hasText("0 of 11 skills rated");

        page.bringToFront();
        rate("statistics", 3);
        showAgain(other);
        assertThat(other.locator("#radio-statistics-3")).isChecked();
        assertThat(other.locator("#status-statistics")).hasText("Rated 3 proficient");
        assertThat(other.locator("#assessment-progress")).hasText("1 of 11 skills rated");

        // saved in the other tab: this one shows it when it is shown again
        other.locator("#radio-programming-2").click();
        other.locator("#tools label").filter(new Locator.FilterOptions().setHasText("Python")).click();
        other.locator("#note-programming").fill("Thesis code");
        other.locator("#note-programming").blur();
        other.locator("#assessment-form:not([saving])").waitFor();
        showAgain(page);
        assertThat(page.locator("#radio-programming-2")).isChecked();
        assertThat(page.locator("#assessment-progress")).hasText("2 of 11 skills rated");
        assertThat(page.locator("#tools label").filter(new Locator.FilterOptions().setHasText("Python")).locator("input")).isChecked();
        assertThat(page.locator("#note-programming")).hasValue("Thesis code");

        // a save in this tab shows everything saved, what the other tab saved meanwhile included
        other.bringToFront();
        other.locator("#radio-statistics-1").click();
        other.locator("#assessment-form:not([saving])").waitFor();
        page.bringToFront();
        rate("mathematics", 2);
        assertThat(page.locator("#radio-statistics-1")).isChecked();
        assertThat(page.locator("#assessment-progress")).hasText("3 of 11 skills rated");
        other.close();
    }

    /**
     * Brings a tab to the front, as a user switching back to it does. Headless Chromium keeps every
     * tab visible, so the page also gets the event a browser sends when a hidden tab is shown again.
     */
    private static void showAgain(Page tab) {
        tab.bringToFront();
        tab.evaluate("document.dispatchEvent(new Event('visibilitychange'))");
    }

    /** What someone typing in the browser's console can send: any detail, bypassing the form's controls. */
    private void forge(String type, String detail) {
        page.evaluate("document.querySelector('skillpath-assessment').dispatchEvent(new CustomEvent('" + type
                + "', { detail: " + detail + " }))");
    }
}
