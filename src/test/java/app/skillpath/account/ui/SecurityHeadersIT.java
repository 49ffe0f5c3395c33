package app.skillpath.account.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The headers a security scanner looks for, read from real HTTP responses of the running app (Tomcat
 * and the whole filter chain, as a browser gets them), and the attributes of the session cookie.
 * Run with the browser tests (failsafe): its web-server context would otherwise replace Spring
 * Security's global context-holder strategy under the Karibu tests that follow it in one JVM.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SecurityHeadersIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @ParameterizedTest
    // actuator/health: the public port's 404 for Actuator's addresses was sent before the headers were written
    @ValueSource(strings = {"", "login", "roles/machine-learning-engineer", "no-such-page", "actuator/health"})
    void every_page_is_sent_with_the_content_security_policy_and_the_other_protective_headers(String path)
            throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);

        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValue(
                "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
                        + "img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'self'; "
                        + "form-action 'self'; frame-ancestors 'none'");
        assertThat(response.headers().allValues("X-Frame-Options")).containsExactly("DENY");
        assertThat(response.headers().allValues("Referrer-Policy")).containsExactly("same-origin");
        assertThat(response.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_lax() throws IOException, InterruptedException {
        HttpResponse<String> response = get("");

        String sessionCookie = response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
        List<String> attributes = Arrays.stream(sessionCookie.split(";")).skip(1).map(String::trim).toList();
        // no Secure over plain HTTP: a browser would then never send the cookie back (README: set it behind HTTPS)
        assertThat(attributes).containsExactlyInAnyOrder("Path=/", "HttpOnly", "SameSite=Lax");
    }

    @Test
    void a_multipart_body_over_the_limit_is_refused_with_413_and_one_warning_not_a_logged_stack_trace() throws Exception {
        // anyone can post a large multipart body to any address: Tomcat refuses it past 6 MB when a filter first reads a
        // parameter, and that refusal must not reach the container's error log (180 lines per request before)
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        root.addAppender(logged);
        HttpResponse<String> response;
        try {
            String boundary = "skillpath-boundary";
            byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.json\"\r\n"
                    + "Content-Type: application/json\r\n\r\n").getBytes(StandardCharsets.UTF_8);
            byte[] body = new byte[head.length + 7 * 1024 * 1024];
            System.arraycopy(head, 0, body, 0, head.length);
            response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        } finally {
            root.detachAppender(logged);
        }

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).isEqualTo("The request is larger than Skillpath accepts.\n");
        assertThat(logged.list).filteredOn(event -> event.getLevel().isGreaterOrEqual(Level.ERROR)).isEmpty();
        assertThat(logged.list).filteredOn(event -> event.getThrowableProxy() != null).isEmpty();
        assertThat(logged.list).filteredOn(event -> event.getLoggerName().endsWith("UnreadableRequestRefusal"))
                .extracting(ILoggingEvent::getFormattedMessage).singleElement().asString()
                .startsWith("Request body refused with 413: ");
        assertThat(get("login").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
