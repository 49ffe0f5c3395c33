package app.skillpath.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accounts in a real browser: sign up, log out, log in, redirects, session handling, lockout, a login
 * posted from another origin, other browsers logged out by a password change or deletion.
 */
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

    @Test
    void a_login_form_posted_from_a_page_of_another_origin_does_not_log_the_browser_in() throws Exception {
        signUp("mallory.csrf");
        // the attacker's page, on another origin (127.0.0.1 and another port instead of localhost), posts
        // the attacker's name and password to Skillpath's login as soon as the victim opens it
        String form = "<!doctype html><title>Win a prize</title><form id='f' method='post' action='" + url("login") + "'>"
                + "<input name='username' value='mallory.csrf'><input name='password' value='" + PASSWORD + "'></form>"
                + "<script>document.getElementById('f').submit()</script>";
        HttpServer attacker = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        attacker.createContext("/", exchange -> {
            byte[] body = form.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        attacker.start();
        String shown;
        try {
            page.navigate("http://127.0.0.1:" + attacker.getAddress().getPort() + "/");
            page.waitForURL(Pattern.compile(Pattern.quote(url("")) + ".*"));
            page.waitForLoadState();
            shown = page.textContent("body");
        } finally {
            attacker.stop(0);
        }

        page.navigate(url("account"));
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        assertThat(page.locator("#user-name")).hasCount(0);
        assertThat(shown).contains("This login was refused");
    }

    @Test
    void changing_the_password_logs_the_account_out_of_its_other_browsers() {
        signUp("hopper.browser");
        Page other = loggedInElsewhere("hopper.browser");
        page.navigate(url("login"));
        logIn(page, "hopper.browser", PASSWORD);
        page.navigate(url("account"));
        page.locator("#current-password input").fill(PASSWORD);
        page.locator("#new-password input").fill("a fresh new password");
        page.locator("#new-password-again input").fill("a fresh new password");
        page.locator("#change-password").click();
        assertThat(page.locator("vaadin-notification-card")).containsText("Your password was changed.");

        other.navigate(url("account"));
        assertThat(other).hasURL(Pattern.compile(".*/login$"));
        assertThat(other.locator("#user-name")).hasCount(0);
        page.navigate(url("account"));
        // the tab that changed it stays logged in
        assertThat(page.locator("#account-who")).isVisible();
        other.context().close();
    }

    @Test
    void deleting_the_account_logs_out_its_other_browsers() {
        signUp("deleted.browser");
        Page other = loggedInElsewhere("deleted.browser");
        page.navigate(url("login"));
        logIn(page, "deleted.browser", PASSWORD);
        page.navigate(url("account"));
        page.locator("#delete-password input").fill(PASSWORD);
        page.locator("#delete-account").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete for good")).click();
        assertThat(page.locator("#login-link")).isVisible();

        other.navigate(url("account"));
        assertThat(other).hasURL(Pattern.compile(".*/login$"));
        assertThat(other.locator("#user-name")).hasCount(0);
        other.context().close();
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

    /** A second browser of the same person (its own cookies, watched for CSP violations), logged in on /account. */
    private Page loggedInElsewhere(String username) {
        Page other = newContext(new Browser.NewContextOptions()).newPage();
        other.navigate(url("login"));
        logIn(other, username, PASSWORD);
        other.navigate(url("account"));
        assertThat(other.locator("#account-who")).isVisible();
        return other;
    }
}
