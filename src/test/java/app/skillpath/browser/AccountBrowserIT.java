package app.skillpath.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Accounts in a real browser: sign up, log out, log in, redirects, session handling, lockout. */
class AccountBrowserIT extends BrowserTest {


    @Test
    void sign_up_log_out_log_in_and_see_the_name_in_the_header() {
        page.navigate(url("signup"));
        page.locator("#signup-username input").fill("ada.browser");
        page.locator("#signup-display-name input").fill("Ada Lovelace");
        page.locator("#signup-password input").fill(PASSWORD);
        page.locator("#signup-confirmation input").fill(PASSWORD);
        screenshot("signup");
        page.locator("#signup-create").click();

        assertThat(page.locator("#user-name")).hasText("Ada Lovelace");
        String sessionAfterSignUp = sessionId(page.context());

        page.locator("#logout").click();
        assertThat(page.locator("#login-link")).isVisible();
        assertThat(page.locator("#user-name")).hasCount(0);

        page.navigate(url("login"));
        logIn(page, "ada.browser", PASSWORD);
        assertThat(page.locator("#user-name")).hasText("Ada Lovelace");
        assertThat(sessionId(page.context())).as("a new session id after login").isNotEqualTo(sessionAfterSignUp);
        screenshot("home-logged-in");
    }

    @Test
    void an_anonymous_visitor_is_sent_to_login_and_back_to_the_page_they_wanted() {
        signUp("grace.browser");

        page.navigate(url("account"));
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        logIn(page, "grace.browser", PASSWORD);

        assertThat(page).hasURL(Pattern.compile(".*/account(\\?continue)?$"));
        assertThat(page.locator("#account-who")).containsText("grace.browser");
        screenshot("account");
    }

    @Test
    void logging_out_invalidates_the_session_and_a_new_login_gets_a_new_session_id() {
        signUp("linus.browser");
        page.navigate(url("login"));
        logIn(page, "linus.browser", PASSWORD);
        page.navigate(url("account"));
        assertThat(page.locator("#account-who")).isVisible();
        List<Cookie> loggedInCookies = page.context().cookies();

        page.locator("#logout").click();
        assertThat(page.locator("#login-link")).isVisible();

        // replaying the cookie of the logged-out session must not reach a personal page
        BrowserContext replay = newContext(new Browser.NewContextOptions());
        replay.addCookies(loggedInCookies);
        Page replayed = replay.newPage();
        replayed.navigate(url("account"));
        assertThat(replayed).hasURL(Pattern.compile(".*/login$"));
        replay.close();
    }

    @Test
    void five_wrong_passwords_pause_logins_for_that_username_with_a_clear_message() {
        signUp("mallory.browser");
        for (int attempt = 1; attempt <= 5; attempt++) {
            page.navigate(url("login"));
            logIn(page, "mallory.browser", "wrong password " + attempt);
            assertThat(page.locator("vaadin-login-form")).containsText("The username or password is not right");
        }

        page.navigate(url("login"));
        logIn(page, "mallory.browser", PASSWORD);

        assertThat(page.locator("vaadin-login-form")).containsText("Too many failed logins for this username");
        assertThat(page.locator("#user-name")).hasCount(0);
        screenshot("login-locked");
    }

    private void signUp(String username) {
        BrowserContext other = newContext(new Browser.NewContextOptions());
        signUp(other.newPage(), username);
        other.close();
    }

    private static void logIn(Page page, String username, String password) {
        page.locator("vaadin-login-form input[name='username']").fill(username);
        page.locator("vaadin-login-form input[name='password']").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot='submit'], vaadin-login-form vaadin-button").filter(
                new com.microsoft.playwright.Locator.FilterOptions().setHasText("Log in")).first().click();
        page.waitForLoadState();
    }

    private static String sessionId(BrowserContext context) {
        return context.cookies().stream().filter(cookie -> cookie.name.equals("JSESSIONID"))
                .map(cookie -> cookie.value).findFirst().orElse("");
    }
}
