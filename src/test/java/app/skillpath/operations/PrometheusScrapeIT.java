package app.skillpath.operations;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a Prometheus server scraping the management port gets: Skillpath's own meters under their documented names
 * (the README's table) and the standard JVM, Tomcat, Hikari and HTTP families; the public port does not serve it.
 * Over real HTTP against the running app, so a failsafe test (its web-server context would disturb the Karibu tests'
 * security context strategy in surefire's JVM).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PrometheusScrapeIT {

    /** Skillpath's meters as Prometheus names them: the names the README documents and dashboards rely on. */
    static final List<String> SKILLPATH_SAMPLES = List.of(
            "skillpath_signups_total",
            "skillpath_logins_total{outcome=\"succeeded\"}",
            "skillpath_logins_total{outcome=\"failed\"}",
            "skillpath_logins_total{outcome=\"locked_out\"}",
            "skillpath_ratings_saved_total",
            "skillpath_plan_creations_total",
            "skillpath_plan_steps_completed_total",
            "skillpath_imports_seconds_count{outcome=\"accepted\"}",
            "skillpath_imports_seconds_count{outcome=\"refused\"}",
            "skillpath_imports_seconds_sum{outcome=\"accepted\"}",
            "skillpath_imports_seconds_sum{outcome=\"refused\"}",
            "skillpath_vaadin_sessions_active",
            "skillpath_vaadin_uis_active");

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @LocalManagementPort
    private int managementPort;

    @Test
    void the_management_port_serves_skillpaths_meters_and_the_standard_families() throws IOException, InterruptedException {
        // one request on the public port, so the HTTP server family has a sample
        assertThat(get(port, "/login").statusCode()).isEqualTo(200);

        HttpResponse<String> scrape = get(managementPort, "/actuator/prometheus");

        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        List<String> samples = scrape.body().lines().filter(line -> !line.startsWith("#")).toList();
        for (String sample : SKILLPATH_SAMPLES) {
            // a sample line is the name (with its labels), a space and the value
            assertThat(samples).as(sample).anySatisfy(line -> assertThat(line).startsWith(sample + " "));
        }
        assertThat(scrape.body()).contains("# HELP skillpath_logins_total Login attempts by outcome");
        for (String family : List.of("jvm_memory_used_bytes{", "tomcat_threads_busy_threads{", "hikaricp_connections_active{",
                "http_server_requests_seconds_count{")) {
            assertThat(samples).as(family).anySatisfy(line -> assertThat(line).startsWith(family));
        }
        assertThat(samples).as("the request above, recorded under its route's pattern")
                .anySatisfy(line -> assertThat(line).startsWith("http_server_requests_seconds_count{").contains("status=\"200\""));
    }

    @Test
    void a_login_through_the_login_form_is_counted_once_under_its_outcome() throws IOException, InterruptedException {
        double failed = sample("skillpath_logins_total{outcome=\"failed\"}");
        double succeeded = sample("skillpath_logins_total{outcome=\"succeeded\"}");

        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "http://localhost:" + port)
                .POST(HttpRequest.BodyPublishers.ofString("username=nobody-" + UUID.randomUUID() + "&password=wrong+password"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(login.statusCode()).as("sent back to the login page with an error").isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).contains("/login?error"));
        assertThat(sample("skillpath_logins_total{outcome=\"failed\"}")).isEqualTo(failed + 1);
        assertThat(sample("skillpath_logins_total{outcome=\"succeeded\"}")).isEqualTo(succeeded);
    }

    @Test
    void the_public_port_answers_404_for_the_metrics() throws IOException, InterruptedException {
        HttpResponse<String> response = get(port, "/actuator/prometheus");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("skillpath_");
    }

    /**
     * A scanner that asks for thousands of made-up addresses must not make thousands of time series: each distinct
     * {@code uri} label is kept in memory and in every scrape until the JVM ends (a classic memory exhaustion). The
     * HTTP metrics name a request by its route's pattern ({@code /**} for Vaadin, {@code /calendar/{*rest}}), or
     * UNKNOWN, never by the address asked for. A first round brings up every series these kinds of request make; a
     * second round with other random addresses adds none.
     */
    @Test
    void made_up_addresses_on_the_public_port_add_no_time_series() throws IOException, InterruptedException {
        askForMadeUpAddresses();
        List<String> before = httpSeries();

        askForMadeUpAddresses();

        assertThat(httpSeries()).isEqualTo(before);
        assertThat(before).as("the first round's series").isNotEmpty().noneSatisfy(series -> assertThat(series).contains("scan-"));
    }

    private void askForMadeUpAddresses() throws IOException, InterruptedException {
        for (int i = 0; i < 5; i++) {
            String random = "scan-" + UUID.randomUUID();
            for (String path : List.of("/" + random, "/roles/" + random, "/VAADIN/" + random + ".js", "/calendar/" + random + ".ics",
                    "/actuator/" + random, "/" + random + "/" + random + "?" + random + "=1", "/webjars/" + random)) {
                get(port, path);
            }
            http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + random))
                    .method(random.substring(0, 12).toUpperCase().replace('-', 'X'), HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.discarding());
        }
    }

    /** The labels of every http_server_requests series in a fresh scrape. */
    private List<String> httpSeries() throws IOException, InterruptedException {
        return get(managementPort, "/actuator/prometheus").body().lines()
                .filter(line -> line.startsWith("http_server_requests_seconds_count{"))
                .map(line -> line.substring(0, line.lastIndexOf('}') + 1))
                .filter(series -> !series.contains("uri=\"/actuator/"))
                .sorted().toList();
    }

    /** The value of one sample in a fresh scrape. */
    private double sample(String name) throws IOException, InterruptedException {
        return get(managementPort, "/actuator/prometheus").body().lines()
                .filter(line -> line.startsWith(name + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(name.length() + 1).trim()))
                .findFirst().orElseThrow(() -> new AssertionError("no sample " + name));
    }

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
