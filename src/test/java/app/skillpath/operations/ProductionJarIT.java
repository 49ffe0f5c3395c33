package app.skillpath.operations;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The production jar as an operator runs it ({@code java -jar}, environment variables, the embedded database): the
 * management port answers health and metrics, the public port does not, readiness follows the database, and SIGTERM
 * lets a request in flight finish and stops the embedded PostgreSQL cleanly. The jar is the one {@code ./mvnw package}
 * built in this very build, so this also shows that a plain package makes a jar that starts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProductionJarIT {

    private static final Duration START = Duration.ofSeconds(180);

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Spring Boot's console pattern: "2026-01-01T10:15:00.067Z  INFO 39599 --- [skillpath] [main] logger : message". */
    private static final Pattern PLAIN_LINE = Pattern.compile(
            "^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d+\\S*\\s+(TRACE|DEBUG|INFO|WARN|ERROR) \\d+ --- \\[skillpath] .*");
    private static final String CATALOG_LOADED = "Role catalog loaded from";

    private JarNode node;
    private List<String> firstStartOutput;

    @BeforeAll
    void startTheJar(@TempDir Path temp) throws Exception {
        node = JarNode.start(temp.resolve("data"), Map.of()).awaitReady(START);
    }

    @AfterAll
    void stopTheJar() throws Exception {
        node.close();
    }

    @Test
    @Order(1)
    void the_jar_runs_in_vaadin_production_mode() {
        assertThat(node.printed(line -> line.contains("Vaadin is running in production mode"))).as(node.tail(40)).isTrue();
        assertThat(node.printed(line -> line.contains("vaadin-dev-server"))).isFalse();
        assertThat(node.printed(line -> line.contains("Started Application"))).isTrue();
    }

    @Test
    @Order(2)
    void the_management_port_answers_liveness_and_readiness() throws Exception {
        HttpResponse<String> liveness = node.management("/actuator/health/liveness");
        HttpResponse<String> readiness = node.management("/actuator/health/readiness");

        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.body()).contains("\"livenessState\":{\"status\":\"UP\"}").contains("\"status\":\"UP\"");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body())
                .contains("\"readinessState\":{\"status\":\"UP\"}")
                .contains("\"db\":{\"status\":\"UP\"}")
                .contains("\"catalog\":{\"status\":\"UP\"}");
    }

    @Test
    @Order(3)
    void the_management_port_serves_prometheus_metrics_of_the_jvm_tomcat_hikari_http_and_skillpath() throws Exception {
        node.publicPort("/roles");

        HttpResponse<String> metrics = node.management("/actuator/prometheus");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains(
                "jvm_memory_used_bytes{", "tomcat_threads_busy_threads{", "hikaricp_connections_active{",
                "http_server_requests_seconds_count{");
        List<String> samples = metrics.body().lines().filter(line -> !line.startsWith("#")).toList();
        for (String sample : PrometheusScrapeIT.SKILLPATH_SAMPLES) {
            assertThat(samples).as(sample).anySatisfy(line -> assertThat(line).startsWith(sample + " "));
        }
    }

    @Test
    @Order(4)
    void the_public_port_refuses_every_actuator_address() throws Exception {
        for (String path : List.of("/actuator", "/actuator/", "/actuator/health", "/actuator/health/readiness",
                "/actuator/health/liveness", "/actuator/prometheus", "/actuator/env", "/actuator/heapdump",
                "/%61ctuator/health")) {
            assertThat(node.publicPort(path).statusCode()).as(path).isEqualTo(404);
        }
        // a path that is not normalised never reaches the 404 filter: Spring Security's firewall, which runs before
        // it (so that the 404 carries the security headers), refuses it as a bad request
        assertThat(node.publicPort("/actuator/health/../prometheus").statusCode()).isEqualTo(400);
        assertThat(node.publicPort("/roles").statusCode()).as("the public port itself works").isEqualTo(200);
    }

    @Test
    @Order(5)
    void the_management_port_listens_on_localhost_only() throws Exception {
        Optional<InetAddress> ownAddress = nonLoopbackAddress();
        if (ownAddress.isEmpty()) {
            return; // a machine with no network address but loopback: nothing else could reach it anyway
        }
        InetAddress address = ownAddress.get();
        try (Socket reachable = new Socket()) {
            reachable.connect(new InetSocketAddress(address, node.port), 2000);
        }
        assertThatThrownBy(() -> {
            try (Socket refused = new Socket()) {
                refused.connect(new InetSocketAddress(address, node.managementPort), 2000);
            }
        }).as("the management port on " + address).isInstanceOf(ConnectException.class);
    }

    /**
     * SIGTERM while a login post is still arriving (its body half sent): the node stops taking new connections, waits
     * for that request, answers it, and exits; its embedded PostgreSQL is stopped with it (no server left running, no
     * lock file), and the next start finds a cleanly shut-down database rather than recovering from a crash.
     */
    @Test
    @Order(6)
    void sigterm_finishes_the_request_in_flight_and_shuts_the_embedded_database_down_cleanly() throws Exception {
        long postmaster = node.postmasterPid();
        String body = "username=nobody-" + System.nanoTime() + "&password=not-the-password";
        try (Socket socket = new Socket("127.0.0.1", node.port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /login HTTP/1.1\r\nHost: 127.0.0.1:" + node.port + "\r\n"
                    + "Origin: http://127.0.0.1:" + node.port + "\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Length: " + body.length() + "\r\nConnection: close\r\n\r\n"
                    + body.substring(0, 10)).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(500); // the request is now in a worker thread, waiting for the rest of its body

            node.sigterm();
            awaitPrinted("Commencing graceful shutdown", Duration.ofSeconds(20));
            assertThat(node.process().isAlive()).as("the node waits for the request in flight").isTrue();
            awaitConnectionsRefused(node.port, Duration.ofSeconds(10));
            assertThat(node.process().isAlive()).as("still waiting for the request in flight").isTrue();

            out.write(body.substring(10).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String response = readAll(socket.getInputStream());
            assertThat(response).as("the request in flight gets its answer")
                    .startsWith("HTTP/1.1 302").containsIgnoringCase("Location: ").contains("/login?error");
        }

        assertThat(node.awaitExit(Duration.ofSeconds(60))).as("exit code after SIGTERM").isIn(0, 143);
        firstStartOutput = node.lines();
        // PostgreSQL removes its lock file just before its process ends: give it the moment
        Optional<ProcessHandle> server = ProcessHandle.of(postmaster);
        if (server.isPresent()) {
            server.get().onExit().get(10, TimeUnit.SECONDS);
        }
        assertThat(server.map(ProcessHandle::isAlive).orElse(false)).as("the embedded PostgreSQL stopped with the node").isFalse();
        assertThat(Files.exists(node.dataDirectory.resolve("postmaster.pid"))).as("PostgreSQL's lock file is gone").isFalse();

        // the next start, as a second node of a two-node setup would be configured: structured logs, its own name
        node = JarNode.start(node.dataDirectory, Map.of("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs",
                "LOGGING_STRUCTURED_ECS_SERVICE_NODENAME", "node-b")).awaitReady(START);
        assertThat(node.printed(line -> line.contains("database system was shut down at")))
                .as("PostgreSQL finds a clean shutdown:\n" + node.tail(60)).isTrue();
        assertThat(node.printed(line -> line.contains("automatic recovery in progress")
                || line.contains("left running from an earlier crash")
                || line.contains("was interrupted"))).as("no crash recovery").isFalse();
    }

    @Test
    @Order(7)
    void by_default_the_log_is_human_readable_and_with_ecs_asked_for_it_is_one_json_object_per_line() {
        assertThat(firstStartOutput).anyMatch(line -> PLAIN_LINE.matcher(line).matches() && line.contains(CATALOG_LOADED));
        assertThat(firstStartOutput).noneMatch(line -> json(line).isPresent());

        List<String> output = node.lines();
        List<JsonNode> entries = output.stream().map(ProductionJarIT::json).flatMap(Optional::stream).toList();
        JsonNode catalog = entries.stream().filter(e -> e.path("message").asString("").startsWith(CATALOG_LOADED))
                .findFirst().orElseThrow(() -> new AssertionError("no JSON line for the catalog in:\n" + node.tail(60)));
        assertThat(catalog.path("log").path("level").asString()).isEqualTo("INFO");
        assertThat(catalog.path("log").path("logger").asString()).isEqualTo("app.skillpath.catalog.CatalogLoader");
        // the service's name comes from spring.application.name, its version from the jar; nothing else to set
        assertThat(catalog.path("service").path("name").asString()).isEqualTo("skillpath");
        assertThat(catalog.path("service").path("version").asString()).isNotBlank();
        assertThat(catalog.path("service").path("node").path("name").asString()).isEqualTo("node-b");
        assertThat(catalog.path("ecs").path("version").asString()).isNotBlank();
        assertThat(entries).hasSizeGreaterThan(10).allSatisfy(entry -> {
            assertThat(entry.path("@timestamp").asString("")).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
            assertThat(entry.path("log").path("level").asString("")).isIn("TRACE", "DEBUG", "INFO", "WARN", "ERROR");
            assertThat(entry.has("message")).isTrue();
        });
        // no line in the human-readable form slipped past the structured format
        assertThat(output).noneMatch(line -> PLAIN_LINE.matcher(line).matches());
    }

    /** The embedded PostgreSQL killed under the node: a balancer must stop sending users, but must not restart it. */
    @Test
    @Order(8)
    void readiness_goes_down_when_the_database_is_gone_and_liveness_stays_up() throws Exception {
        readinessGoesDownWhenTheDatabaseIsGoneAndLivenessStaysUp(node);
    }

    private static void readinessGoesDownWhenTheDatabaseIsGoneAndLivenessStaysUp(JarNode node) throws Exception {
        ProcessHandle postmaster = ProcessHandle.of(node.postmasterPid()).orElseThrow();
        postmaster.descendants().forEach(ProcessHandle::destroyForcibly);
        postmaster.destroyForcibly();
        postmaster.onExit().get(10, TimeUnit.SECONDS);

        HttpResponse<String> readiness = awaitStatus(node, "/actuator/health/readiness", 503, Duration.ofSeconds(30));
        assertThat(readiness.body()).contains("\"db\":{\"status\":\"DOWN\"}").endsWith("\"status\":\"DOWN\"}");
        HttpResponse<String> liveness = node.management("/actuator/health/liveness");
        assertThat(liveness.statusCode()).isEqualTo(200);
    }

    private static HttpResponse<String> awaitStatus(JarNode node, String path, int status, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpResponse<String> last = null;
        while (System.nanoTime() < deadline) {
            last = node.management(path);
            if (last.statusCode() == status) {
                return last;
            }
            Thread.sleep(250);
        }
        throw new AssertionError(path + " did not answer " + status + " within " + timeout + "; last: "
                + (last == null ? "nothing" : last.statusCode() + " " + last.body()));
    }

    /** Tomcat closes its listening socket just after logging the start of the graceful shutdown. */
    private static void awaitConnectionsRefused(int port, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            } catch (ConnectException refused) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The node still took new connections " + timeout + " after SIGTERM");
    }

    private void awaitPrinted(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (node.printed(line -> line.contains(text))) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The node did not print '" + text + "'; its output:\n" + node.tail(40));
    }

    /** Up to the end of the response (the socket's read timeout bounds the wait). */
    private static String readAll(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }

    private static Optional<JsonNode> json(String line) {
        if (!line.startsWith("{")) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readTree(line));
        } catch (RuntimeException notJson) {
            return Optional.empty();
        }
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws IOException {
        return NetworkInterface.networkInterfaces()
                .filter(network -> {
                    try {
                        return network.isUp() && !network.isLoopback();
                    } catch (IOException e) {
                        return false;
                    }
                })
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .findFirst();
    }
}
