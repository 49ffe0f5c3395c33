package app.skillpath.account.ui;

import app.skillpath.StatementCounter;
import app.skillpath.account.Account;
import app.skillpath.account.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the cross-node session check costs over real HTTP (Tomcat and the whole security filter chain): a logged-in
 * session's requests within one recheck interval (here an hour, so that the machine's speed cannot matter) look up the
 * account's session epoch once between them. Failsafe, like the other tests on a web-server context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "skillpath.session.recheck-interval=1h")
@ActiveProfiles("test")
class SessionRecheckCostIT {

    /** The check's statement (AccountRepository.sessionEpoch), told apart from the account reads that also fetch the column. */
    private static final Pattern RECHECK = Pattern.compile("^select [^,]*\"session_epoch\" from ");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @LocalServerPort
    private int port;

    @Autowired
    TestAccounts testAccounts;

    @Test
    void a_logged_in_sessions_requests_within_the_interval_look_up_its_account_once() throws Exception {
        Account account = testAccounts.create("costed");
        HttpResponse<String> login = logIn(account);
        assertThat(login.headers().firstValue("Location")).as("logged in").hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error"));

        StatementCounter.reset();
        for (String path : List.of("account", "styles.css", "", "account", "roles", "styles.css", "account")) {
            assertThat(get(path).statusCode()).as(path).isEqualTo(200);
        }

        // (a session that had lost its login would make none: only logged-in sessions are checked)
        assertThat(StatementCounter.statements().stream().filter(sql -> RECHECK.matcher(sql).find()))
                .as("one lookup for the session's first request after its login, none after within the interval")
                .hasSize(1);
    }

    private HttpResponse<String> logIn(Account account) throws IOException, InterruptedException {
        get("login");
        String form = "username=" + URLEncoder.encode(account.username(), StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(TestAccounts.PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base() + "login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        // the login post must come from this origin (SameOriginLoginFilter)
                        .header("Origin", "http://localhost:" + port)
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        return response;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private String base() {
        return "http://localhost:" + port + "/";
    }
}
