package app.skillpath.browser;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Bad input on the posting page, as a user in a browser meets it: a message, no stack trace, nothing saved. */
class PostingBadInputIT extends BrowserTest {

    @Test
    void an_empty_posting_and_a_blank_title_are_refused_with_a_message_the_user_sees() {
        signUp(page, "posting.bad.input");
        page.navigate(url("targets/new/posting"));

        page.locator("#find-in-posting").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Paste the text of a job posting first.");
        screenshot("posting-refused-empty");

        page.locator("#posting-input textarea").fill("Barista wanted. You make great coffee and greet our guests.");
        page.locator("#find-in-posting").click();
        assertThat(page.getByText("found nothing from its catalog").first()).isVisible();
        screenshot("posting-found-nothing");

        page.navigate(url("targets/new"));
        page.locator("#target-title input").fill("   ");
        page.locator("#save-target").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Give the target a title");
        screenshot("target-refused-blank-title");
        assertThat(page.locator("body")).not().containsText("Exception");
    }
}
