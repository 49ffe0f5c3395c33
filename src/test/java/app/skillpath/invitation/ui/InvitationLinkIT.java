package app.skillpath.invitation.ui;

import app.skillpath.account.TestAccounts;
import app.skillpath.review.Invitation;
import app.skillpath.review.ReviewScope;
import app.skillpath.review.ReviewService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invitation addresses over real HTTP (Tomcat and the whole filter chain), as a visitor without a session sends them:
 * odd and overlong tokens get a plain answer, never a 500 or a trace, and a real token is never written to the log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class InvitationLinkIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @Autowired
    private TestAccounts testAccounts;

    @Autowired
    private ReviewService reviews;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @ParameterizedTest
    @ValueSource(strings = {"%E2%9C%93%F0%9F%98%80", "%C3%A9t%C3%A9", "%00", "%0D%0ASet-Cookie:%20x=1", "..%2F..%2Fadmin",
            "%FF%FE", "a%2Fb"})
    void odd_tokens_get_a_plain_answer_without_a_trace(String token) throws Exception {
        assertPlain(get("invitation/" + token));
    }

    @Test
    void a_token_of_ten_thousand_characters_gets_a_plain_answer_without_a_trace() throws Exception {
        HttpResponse<String> response = get("invitation/" + "a".repeat(10_000));

        assertPlain(response);
    }

    private static void assertPlain(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 499);
        assertThat(response.body()).doesNotContain("Exception", "at app.skillpath", "at org.", "at java.");
        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("x="));
    }

    @Test
    void a_real_token_opened_without_a_login_is_sent_to_log_in_and_never_written_to_the_log(CapturedOutput output)
            throws Exception {
        TestAccounts.logIn(testAccounts.create("link.logs"));
        Invitation invitation = reviews.invite(new ReviewScope.Picked(List.of("statistics")), false);
        SecurityContextHolder.clearContext();

        HttpResponse<String> response = get(invitation.path());
        get(invitation.path() + "x");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login")
                .doesNotContain(invitation.token());
        assertThat(output.getAll()).doesNotContain(invitation.token());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
