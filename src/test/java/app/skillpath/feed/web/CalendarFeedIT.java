package app.skillpath.feed.web;

import app.skillpath.account.Account;
import app.skillpath.account.TestAccounts;
import app.skillpath.feed.FeedService;
import app.skillpath.feed.FeedToken;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feed endpoint over real HTTP (Tomcat and the whole filter chain), without any login: who gets a feed and who
 * gets the same 404, the headers, and the per-address limit. Its own context (the limit written out): the limit
 * counts every request from this machine, and the other HTTP tests' context must not share the count.
 * The limit's test runs last, since every request before it counts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = "skillpath.feed.per-address-per-hour=60")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(OutputCaptureExtension.class)
class CalendarFeedIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @Autowired
    private TestAccounts testAccounts;

    @Autowired
    private FeedService feedService;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    @Order(1)
    void a_stranger_with_a_random_token_gets_404() throws Exception {
        HttpResponse<String> response = get(FeedToken.path(FeedToken.generate()));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("Not found.\n");
    }

    @Test
    @Order(2)
    void the_owner_gets_the_feed_as_text_calendar_never_cached_indexed_or_referred() throws Exception {
        String token = turnOnFor(testAccounts.create("feed.owner"));

        HttpResponse<String> response = get(FeedToken.path(token));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Content-Type")).containsExactly("text/calendar;charset=UTF-8");
        assertThat(response.headers().allValues("Cache-Control")).containsExactly("no-store");
        assertThat(response.headers().allValues("X-Robots-Tag")).containsExactly("noindex");
        assertThat(response.headers().allValues("Referrer-Policy")).containsExactly("no-referrer");
        assertThat(response.headers().firstValue("Set-Cookie")).as("no session for a calendar app").isEmpty();
        Calendar calendar = new CalendarBuilder().build(new StringReader(response.body()));
        assertThat(calendar.getComponents("VEVENT")).hasSize(1);
    }

    @Test
    @Order(3)
    void another_users_token_returns_that_users_feed_never_the_owners() throws Exception {
        Account owner = testAccounts.create("feed.owner");
        Account other = testAccounts.create("feed.other");
        String ownersToken = turnOnFor(owner);
        String othersToken = turnOnFor(other);

        String othersFeed = get(FeedToken.path(othersToken)).body();

        String othersSeries = "UID:weekly-review-" + FeedToken.seriesId(FeedToken.hashOfGiven(othersToken)) + "@skillpath";
        String ownersSeries = "UID:weekly-review-" + FeedToken.seriesId(FeedToken.hashOfGiven(ownersToken)) + "@skillpath";
        assertThat(othersFeed).contains(othersSeries).doesNotContain(ownersSeries)
                .doesNotContain("weekly-review-" + other.id() + "@");
        assertThat(get(FeedToken.path(ownersToken)).body()).contains(ownersSeries).doesNotContain(othersSeries);
    }

    @Test
    @Order(4)
    void after_turning_the_feed_off_its_address_answers_404() throws Exception {
        Account owner = testAccounts.create("feed.off");
        String token = turnOnFor(owner);
        assertThat(get(FeedToken.path(token)).statusCode()).isEqualTo(200);

        TestAccounts.logIn(owner);
        feedService.turnOff();

        assertThat(get(FeedToken.path(token)).statusCode()).isEqualTo(404);
    }

    @Test
    @Order(5)
    void after_replacing_the_old_address_answers_404_and_the_new_one_200() throws Exception {
        Account owner = testAccounts.create("feed.replace");
        String old = turnOnFor(owner);

        TestAccounts.logIn(owner);
        String replacement = feedService.replaceAddress();

        assertThat(get(FeedToken.path(old)).statusCode()).isEqualTo(404);
        assertThat(get(FeedToken.path(replacement)).statusCode()).isEqualTo(200);
    }

    @Test
    @Order(6)
    void malformed_and_overlong_tokens_answer_the_same_404() throws Exception {
        HttpResponse<String> unknown = get(FeedToken.path(FeedToken.generate()));

        for (String path : List.of("calendar/not*a*token.ics", "calendar/" + "A".repeat(3000) + ".ics",
                "calendar/" + FeedToken.generate(), "calendar/.ics", "calendar/a.b.c.ics",
                "calendar/" + FeedToken.generate() + "/" + FeedToken.generate() + ".ics", "calendar/")) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path.substring(0, Math.min(path.length(), 40))).isEqualTo(404);
            assertThat(response.body()).isEqualTo(unknown.body());
            assertThat(comparableHeaders(response)).isEqualTo(comparableHeaders(unknown));
        }
    }

    @Test
    @Order(7)
    void a_token_of_a_deleted_account_answers_404() throws Exception {
        Account owner = testAccounts.create("feed.deleted");
        String token = turnOnFor(owner);

        testAccounts.delete(owner);

        assertThat(get(FeedToken.path(token)).statusCode()).isEqualTo(404);
    }

    @Test
    @Order(8)
    void an_unknown_and_a_revoked_token_get_byte_identical_responses() throws Exception {
        Account owner = testAccounts.create("feed.revoked");
        String revoked = turnOnFor(owner);
        TestAccounts.logIn(owner);
        feedService.turnOff();

        HttpResponse<String> revokedResponse = get(FeedToken.path(revoked));
        HttpResponse<String> unknownResponse = get(FeedToken.path(FeedToken.generate()));

        assertThat(revokedResponse.statusCode()).isEqualTo(unknownResponse.statusCode()).isEqualTo(404);
        assertThat(revokedResponse.body()).isEqualTo(unknownResponse.body());
        assertThat(comparableHeaders(revokedResponse)).isEqualTo(comparableHeaders(unknownResponse));
    }

    @Test
    @Order(9)
    void only_get_reads_a_feed() throws Exception {
        String token = turnOnFor(testAccounts.create("feed.post"));

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(url(FeedToken.path(token)))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isIn(403, 405);
        assertThat(response.body()).doesNotContain("BEGIN:VCALENDAR");
    }

    @Test
    @Order(10)
    void the_token_never_appears_in_the_logs(CapturedOutput output) throws Exception {
        String token = turnOnFor(testAccounts.create("feed.logs"));
        get(FeedToken.path(token));
        get(FeedToken.path(token.substring(1)));

        assertThat(output.getAll()).doesNotContain(token, token.substring(1));
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void past_sixty_requests_an_hour_from_one_address_even_the_right_token_gets_429_with_retry_after() throws Exception {
        String token = turnOnFor(testAccounts.create("feed.limit"));
        int answered = 0;
        HttpResponse<String> response = get(FeedToken.path(token));
        while (response.statusCode() == 200 && answered < 100) {
            answered++;
            response = get(FeedToken.path(FeedToken.generate()));
            if (response.statusCode() == 404) {
                response = get(FeedToken.path(token));
            }
        }

        assertThat(response.statusCode()).isEqualTo(429);
        long retryAfter = Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 3600L);
        assertThat(get(FeedToken.path(token)).statusCode()).as("checked before the token is looked at").isEqualTo(429);
        assertThat(get(FeedToken.path(FeedToken.generate())).statusCode()).isEqualTo(429);
        // without server.forward-headers-strategy, a client's own word on its address changes nothing
        HttpResponse<String> spoofed = http.send(HttpRequest.newBuilder(url(FeedToken.path(token)))
                .header("X-Forwarded-For", "198.51.100.23").header("Forwarded", "for=198.51.100.23")
                .header("X-Real-IP", "198.51.100.23").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(spoofed.statusCode()).isEqualTo(429);
    }

    private String turnOnFor(Account owner) {
        TestAccounts.logIn(owner);
        try {
            return feedService.turnOn(DayOfWeek.MONDAY, LocalTime.of(9, 0));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The headers that must not tell two 404s apart: all but the date, which moves with the clock. */
    private static Map<String, List<String>> comparableHeaders(HttpResponse<String> response) {
        Map<String, List<String>> headers = new TreeMap<>(response.headers().map());
        headers.remove("date");
        return headers;
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + "/" + path);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(url(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
