package app.skillpath.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #16: no personal data in the log. A journey through everything a user writes or holds as a secret, each with
 * a value found nowhere else (a password, a note, a plan step's note, a posting, an import file with a mistake, a
 * review link, a calendar feed address, wrong passwords, answers forged in the console), while everything the app
 * prints is captured (its console log at the levels it runs with, stack traces included). None of the values may be
 * in it; the username only in the lockout warning, where security needs it.
 */
@ExtendWith(OutputCaptureExtension.class)
class LogPrivacyIT extends BrowserTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void a_journey_through_every_kind_of_personal_data_leaves_none_of_it_in_the_log(CapturedOutput log) throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String username = "logs.user-" + suffix;
        String password = "Pw-" + suffix + "-zebra kettle";
        String note = "NOTE-MARKER-" + suffix + " my salary talk with Anna";
        String stepNote = "STEP-MARKER-" + suffix + " course bought";
        String posting = "POSTING-MARKER-" + suffix + " Data scientist wanted: statistics, Python, machine learning and SQL.";
        String importNote = "IMPORT-MARKER-" + suffix;
        List<String> wrongPasswords = List.of("Wrong1-" + suffix, "Wrong2-" + suffix, "Wrong3-" + suffix,
                "Wrong4-" + suffix, "Wrong5-" + suffix);

        // sign up with the distinctive password
        page.navigate(url("signup"));
        page.locator("#signup-username input").fill(username);
        page.locator("#signup-password input").fill(password);
        page.locator("#signup-confirmation input").fill(password);
        page.locator("#signup-create").click();
        assertThat(page.locator("#user-name")).hasText(username, new LocatorAssertions.HasTextOptions().setTimeout(30_000));

        // ratings and a note
        page.navigate(url("assessment"));
        rate("statistics", 1);
        rate("programming", 3);
        page.locator("#note-statistics").fill(note);
        page.locator("#note-statistics").blur();
        waitUntilAnswersSaved();

        // notes forged in the console: refused with a warning, which names the refusal, never the text
        forge("note-changed", "{ skill: 'statistics', note: '" + note + "', admin: true }");
        forge("note-changed", "{ skill: 'no-such-skill', note: '" + note + "' }");
        forge("note-changed", "{ skill: 'statistics', note: '" + note + "\\u0000' }");
        forge("note-changed", "{ skill: 'statistics', note: '" + "x".repeat(2001) + note + "' }");
        waitUntilAnswersSaved();
        page.navigate(url("assessment"));
        assertThat(page.locator("#note-statistics")).hasValue(note);

        // a plan with a step's note
        page.navigate(url("fit"));
        page.locator("#plan-link-data-science-manager").click();
        page.locator("#create-plan").click();
        assertThat(page.locator("#plan-completion")).containsText("Expected completion");
        page.locator("#edit-skill-statistics").click();
        page.locator("#note-skill-statistics textarea").fill(stepNote);
        page.locator("#save-skill-statistics").click();
        assertThat(page.locator("#shown-note-skill-statistics")).containsText(stepNote);

        // a job posting read for skills
        page.navigate(url("targets/new/posting"));
        page.locator("#posting-input textarea").fill(posting);
        page.locator("#find-in-posting").click();
        assertThat(page.locator("#posting-highlighted")).isVisible();

        // an import file with a mistake, holding a note
        Path file = SCREENSHOTS.getParent().resolve("skillpath-data-log-privacy.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"format\":\"skillpath-user-data\",\"version\":1,\"ratings\":[{\"skill\":\"statistics\","
                + "\"level\":3,\"note\":\"" + importNote + "\"},{\"skill\":\"alchemy\",\"level\":3,\"note\":\"" + importNote + "\"}],"
                + "\"ratingHistory\":[],\"education\":{},\"tools\":[],\"plans\":[]}");
        page.navigate(url("account"));
        page.locator("#show-import").click();
        page.locator("#import-data input[type=file]").setInputFiles(file);
        assertThat(page.locator("vaadin-notification-card").first()).containsText("Nothing was imported");

        // the calendar feed, fetched by a calendar app; and an address with a token that was never issued
        page.navigate(url("account"));
        page.locator("#feed-turn-on").click();
        assertThat(page.locator("#feed-status")).hasText("Your calendar feed is on.");
        String feedAddress = page.locator("#feed-address input").inputValue();
        String feedToken = feedAddress.substring(feedAddress.lastIndexOf('/') + 1).replace(".ics", "");
        assertThat(fetch(feedAddress).statusCode()).isEqualTo(200);
        String unknownFeedToken = "UNKNOWNFEED" + suffix + "x".repeat(24);
        assertThat(fetch(url("calendar/" + unknownFeedToken + ".ics")).statusCode()).isEqualTo(404);

        // a review link, opened by a visitor who is not logged in
        page.navigate(url("reviews"));
        page.locator("#review-create").click();
        String reviewLink = page.locator("#review-link input").inputValue();
        String reviewToken = reviewLink.substring(reviewLink.lastIndexOf('/') + 1);
        assertThat(reviewToken).hasSize(43);

        BrowserContext visitor = newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        try {
            Page other = visitor.newPage();
            other.setDefaultTimeout(30_000);
            other.navigate(reviewLink);
            assertThat(other.locator("#login-form")).isVisible();
            String unknownInvitation = "UNKNOWNINVITE" + suffix + "y".repeat(22);
            other.navigate(url("invitation/" + unknownInvitation));
            other.waitForLoadState();

            // wrong passwords until the username is locked
            for (String wrong : wrongPasswords) {
                other.navigate(url("login"));
                logIn(other, username, wrong);
                assertThat(other.locator("vaadin-login-form")).containsText("The username or password is not right");
            }
            other.navigate(url("login"));
            logIn(other, username, password);
            assertThat(other.locator("vaadin-login-form")).containsText("Too many failed logins for this username");

            String captured = log.getAll();
            // the capture works: it holds the lines the journey must have caused
            assertThat(captured)
                    .contains("Refused a note-changed answer that could not be read (properties [skill, note] expected)")
                    .contains("Refused a note-changed answer: There is no skill called “no-such-skill”.")
                    .contains("Calendar feed turned on for account")
                    .containsPattern("Review \\d+ asked for by account \\d+")
                    .contains("Login for username '" + username + "' locked until");

            // ... and none of the values
            assertThat(captured).as("the log")
                    .doesNotContain(password)
                    .doesNotContain("NOTE-MARKER-" + suffix)
                    .doesNotContain("STEP-MARKER-" + suffix)
                    .doesNotContain("POSTING-MARKER-" + suffix)
                    .doesNotContain(importNote)
                    .doesNotContain(feedToken)
                    .doesNotContain(unknownFeedToken)
                    .doesNotContain(reviewToken)
                    .doesNotContain(unknownInvitation);
            for (String wrong : wrongPasswords) {
                assertThat(captured).as("the log").doesNotContain(wrong);
            }
            // the username only where security needs it: the lockout
            assertThat(captured.lines().filter(line -> line.contains(username)).toList()).isNotEmpty()
                    .allMatch(line -> Pattern.compile("WARN .*Login for username '" + Pattern.quote(username)
                            + "' locked until \\S+ after \\d+ failed attempts$").matcher(line).find());
        } finally {
            visitor.close();
        }
    }

    /** What someone typing in the browser's console can send: any detail, bypassing the form's controls. */
    private void forge(String type, String detail) {
        page.evaluate("document.querySelector('skillpath-assessment').dispatchEvent(new CustomEvent('" + type
                + "', { detail: " + detail + " }))");
    }

    private static void logIn(Page target, String username, String password) {
        Locator usernameField = target.locator("vaadin-login-form input[name='username']");
        try {
            usernameField.waitFor();
        } catch (PlaywrightException missing) {
            // once seen on CI and not reproduced since (five runs): say what the page showed instead
            throw new AssertionError("No login form at " + target.url() + "; the page showed: "
                    + target.locator("body").innerText(), missing);
        }
        usernameField.fill(username);
        target.locator("vaadin-login-form input[name='password']").fill(password);
        target.locator("vaadin-login-form vaadin-button[slot='submit'], vaadin-login-form vaadin-button").filter(
                new Locator.FilterOptions().setHasText("Log in")).first().click();
        target.waitForLoadState();
    }

    private HttpResponse<String> fetch(String address) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(address)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
