package app.skillpath.browser;

import app.skillpath.Application;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import app.skillpath.RestoreSecurityStrategy;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.TestPropertySource;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.time.Duration;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Two nodes on one database, as behind a balancer with sticky sessions: the test's application (node 1) and a second
 * one started beside it on node 1's PostgreSQL (node 2), each with its own in-memory session registry. A password
 * change or a deletion made on node 1 logs the account's browser on node 2 out within the recheck interval (node 1's
 * registry cannot reach it: only the database can), while the browser that made the change stays logged in.
 */
@ExtendWith(RestoreSecurityStrategy.class)
@TestPropertySource(properties = "skillpath.session.recheck-interval=" + SessionsAcrossNodesIT.INTERVAL_SECONDS + "s")
class SessionsAcrossNodesIT extends BrowserTest {

    static final int INTERVAL_SECONDS = 2;

    private static ConfigurableApplicationContext secondNode;
    private static int secondNodePort;

    @Autowired
    DataSource dataSource;

    @BeforeEach
    void startSecondNode() throws Exception {
        if (secondNode != null) {
            return;
        }
        HikariDataSource database = dataSource.unwrap(HikariDataSource.class);
        // Starting an application sets Spring Security's global context-holder strategy to its own (Vaadin's
        // configurer does). Left at node 2's, it made later browser tests in this JVM see another browser's
        // login (LogPrivacyIT's visitor found itself logged in as the user): node 1's goes back at once.
        SecurityContextHolderStrategy nodeOnes = SecurityContextHolder.getContextHolderStrategy();
        secondNode = new SpringApplicationBuilder(Application.class).profiles("test").run(
                "--spring.datasource.url=" + database.getJdbcUrl(),
                "--spring.datasource.username=" + database.getUsername(),
                "--spring.datasource.password=" + database.getPassword(),
                "--skillpath.data-dir=" + Files.createTempDirectory("skillpath-node-2"),
                "--server.port=0", "--management.server.port=0",
                "--skillpath.session.recheck-interval=" + INTERVAL_SECONDS + "s");
        SecurityContextHolder.setContextHolderStrategy(nodeOnes);
        secondNodePort = Integer.parseInt(secondNode.getEnvironment().getRequiredProperty("local.server.port"));
    }

    @AfterAll
    static void stopSecondNode() {
        if (secondNode != null) {
            secondNode.close();
            secondNode = null;
        }
    }

    @Test
    void a_password_changed_on_one_node_logs_the_accounts_browser_on_the_other_node_out_within_the_interval() {
        signUp(page, "hopper.nodes");
        Page other = loggedInOnSecondNode("hopper.nodes");
        page.navigate(url("account"));
        page.locator("#current-password input").fill(PASSWORD);
        page.locator("#new-password input").fill("a fresh new password");
        page.locator("#new-password-again input").fill("a fresh new password");
        page.locator("#change-password").click();
        assertThat(page.locator("vaadin-notification-card")).containsText("Your password was changed.");

        // the other browser's next check is due at the latest one interval after the change; its next Vaadin
        // request (a click on the page it has open) then ends on the login page, as a session ended on its own node
        other.waitForTimeout(Duration.ofSeconds(INTERVAL_SECONDS).toMillis());
        other.locator("#change-password").click();
        assertThat(other).hasURL(Pattern.compile(".*/login$"));
        other.navigate(secondNodeUrl("account"));
        assertThat(other).hasURL(Pattern.compile(".*/login$"));
        assertThat(other.locator("#user-name")).hasCount(0);
        // the browser that changed it stays logged in, also after its own node has checked it again
        page.navigate(url("account"));
        assertThat(page.locator("#account-who")).isVisible();
        other.context().close();
    }

    @Test
    void an_account_deleted_on_one_node_logs_its_browser_on_the_other_node_out_within_the_interval() {
        signUp(page, "deleted.nodes");
        Page other = loggedInOnSecondNode("deleted.nodes");
        page.navigate(url("account"));
        page.locator("#delete-password input").fill(PASSWORD);
        page.locator("#delete-account").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete for good")).click();
        assertThat(page.locator("#login-link")).isVisible();

        other.waitForTimeout(Duration.ofSeconds(INTERVAL_SECONDS).toMillis());
        other.navigate(secondNodeUrl("account"));
        assertThat(other).hasURL(Pattern.compile(".*/login$"));
        assertThat(other.locator("#user-name")).hasCount(0);
        other.context().close();
    }

    /** A second browser of the same person, logged in on node 2 and showing its account page. */
    private Page loggedInOnSecondNode(String username) {
        Page other = newContext(new Browser.NewContextOptions()).newPage();
        other.navigate(secondNodeUrl("login"));
        other.locator("vaadin-login-form input[name='username']").fill(username);
        other.locator("vaadin-login-form input[name='password']").fill(PASSWORD);
        other.locator("vaadin-login-form vaadin-button").filter(
                new com.microsoft.playwright.Locator.FilterOptions().setHasText("Log in")).first().click();
        other.waitForLoadState();
        other.navigate(secondNodeUrl("account"));
        assertThat(other.locator("#account-who")).isVisible();
        return other;
    }

    private static String secondNodeUrl(String path) {
        return "http://localhost:" + secondNodePort + "/" + path;
    }
}
