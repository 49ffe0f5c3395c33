package app.skillpath.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #14's journey in two browsers: the owner rates themselves and asks for a review of the Machine Learning
 * Engineer's skills; the reviewer, with no account yet, opens the link, signs up from the login page, is brought back
 * to the invitation, accepts and rates blind; the owner compares, adopts one level, freezes a check-in and downloads
 * it as Markdown. The used link and a withdrawn link are refused.
 */
class ReviewJourneyIT extends BrowserTest {

    private static final List<String> MLE_SKILLS = List.of("programming", "ml-frameworks", "data-structures-algorithms",
            "statistics", "mathematics", "cloud-computing");

    @Test
    void invite_a_reviewer_who_signs_up_through_the_link_rates_blind_then_compare_adopt_and_keep_a_check_in() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String ownerName = "rj.owner-" + suffix;
        String reviewerName = "rj.reviewer-" + suffix;
        signUp(page, ownerName);
        page.navigate(url("assessment"));
        rate("statistics", 1);
        rate("programming", 3);

        page.navigate(url("reviews"));
        page.locator("#review-scope").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Machine Learning Engineer")).click();
        page.locator("#review-shares-notes").click();
        page.locator("#review-create").click();
        String link = page.locator("#review-link input").inputValue();
        assertThat(link).matches("http://localhost:\\d+/invitation/[A-Za-z0-9_-]{43}");
        screenshot("reviews-link-created");

        // a second invitation, withdrawn before anyone used it
        page.navigate(url("reviews"));
        page.locator("#review-create").click();
        String withdrawnLink = page.locator("#review-link input").inputValue();
        page.navigate(url("reviews"));
        page.locator("#reviews-requested vaadin-button", new Page.LocatorOptions().setHasText("Withdraw")).first().click();
        page.locator("#confirm-withdraw vaadin-button[slot=confirm-button]").click();
        assertThat(page.locator("#reviews-requested")).containsText("Withdrawn");

        BrowserContext second = newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        Page ownerPage = page;
        try {
            page = second.newPage();
            page.setDefaultTimeout(30_000);
            page.navigate(link);
            assertThat(page.locator("#login-form")).isVisible();
            page.locator("#signup-link").click();
            page.locator("#signup-username input").fill(reviewerName);
            page.locator("#signup-password input").fill(PASSWORD);
            page.locator("#signup-confirmation input").fill(PASSWORD);
            page.locator("#signup-create").click();

            assertThat(page.locator("#invitation-summary")).containsText(ownerName);
            assertThat(page.locator("#invitation-summary")).containsText("6 skills");
            screenshot("review-invitation");
            page.locator("#invitation-accept").click();

            assertThat(page.locator("#review-form-title")).containsText("asks for your second opinion");
            // blind: nothing is chosen for a skill the owner rated until the reviewer chooses
            assertThat(page.locator("#answer-statistics vaadin-radio-button[checked]")).hasCount(0);
            int[] levels = {3, 2, 2, 3, -1, 1};
            for (int i = 0; i < MLE_SKILLS.size(); i++) {
                String skill = MLE_SKILLS.get(i);
                var options = page.locator("#answer-" + skill + " vaadin-radio-button");
                options.nth(levels[i] < 0 ? 5 : levels[i]).click();
                assertThat(page.locator("#saved-" + skill)).hasText("Saved");
            }
            page.locator("#comment-statistics textarea").fill("Ran our A/B test analysis all year | solid <work>");
            page.locator("#comment-statistics textarea").blur();
            assertThat(page.locator("#saved-statistics")).hasText("Comment saved");
            screenshot("review-answering");
            page.locator("#review-submit").click();
            page.locator("#confirm-submit vaadin-button[slot=confirm-button]").click();
            assertThat(page.locator("#review-thanks")).isVisible();

            page.navigate(link);
            assertThat(page.locator("#invitation-refusal")).containsText("does not work");
            assertThat(page.locator("#invitation-accept")).hasCount(0);
            page.navigate(withdrawnLink);
            assertThat(page.locator("#invitation-refusal")).containsText("does not work");
            assertThat(page.locator("#invitation-accept")).hasCount(0);
            screenshot("review-invitation-refused");
            page.navigate(url("reviews"));
            assertThat(page.locator("#reviews-asked-of-me")).containsText("Submitted");
            screenshot("reviews-as-reviewer");
        } finally {
            page = ownerPage;
            second.close();
        }

        page.navigate(url("reviews"));
        screenshot("reviews-as-owner");
        page.locator("#reviews-requested a", new Page.LocatorOptions().setHasText("Compare")).click();
        assertThat(page.locator("main")).containsText("a real disconnect");
        assertThat(page.locator("main")).containsText("Ran our A/B test analysis all year | solid <work>");
        screenshot("review-journey-comparison");
        page.locator("#adopt-statistics").click();
        assertThat(page.locator("#adopt-statistics")).hasCount(0);

        page.locator("#freeze-check-in").click();
        var download = page.locator("[id^=check-in-download-]").first();
        assertThat(download).isVisible();
        Download file = page.waitForDownload(download::click);
        String markdown = Files.readString(file.path());
        assertThat(markdown).contains("| Statistical concepts and methods | 1 aware | 3 proficient | 2 or more levels apart: a real disconnect | 3 proficient |")
                .contains("solid &lt;work>").contains("\\|");
    }
}
