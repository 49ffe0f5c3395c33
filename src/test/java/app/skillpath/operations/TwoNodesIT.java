package app.skillpath.operations;

import app.skillpath.TestApplications;

import app.skillpath.base.db.DatabaseCredentials;
import app.skillpath.base.db.EmbeddedDatabaseConfiguration;
import app.skillpath.browser.Chromium;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two nodes, one PostgreSQL, as an operator runs them: a throw-away PostgreSQL stands in for the external database
 * (empty), and two Skillpath processes from the packaged jar are started at the same moment against it by
 * SPRING_DATASOURCE_URL. Both must come up (Liquibase and the catalog load do not collide), and then what one node
 * writes the other must honour: a lockout, a user's data, and the per-address sign-up limit.
 */
class TwoNodesIT {

    private static final Path JAR = Path.of("target/skillpath-0.1.0-SNAPSHOT.jar");
    private static final Path LOGS = Path.of("target/two-nodes");
    private static final String PASSWORD = "correct horse battery";
    /** Low, so that the test can reach it across the two nodes. */
    private static final int SIGN_UPS_PER_HOUR = 2;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @TempDir
    Path databaseDirectory;

    @Test
    void two_nodes_started_together_on_one_empty_database_share_lockouts_data_and_the_sign_up_limit() throws Exception {
        assumeTrue(Files.isRegularFile(JAR), "No " + JAR + ": this test starts the packaged jar (./mvnw verify builds it)");
        try (EmbeddedPostgres database = EmbeddedDatabaseConfiguration.start(databaseDirectory, true);
             Node a = Node.start("a", database.getPort(), databaseDirectory);
             Node b = Node.start("b", database.getPort(), databaseDirectory)) {
            a.awaitReady();
            b.awaitReady();
            for (Node node : List.of(a, b)) {
                assertThat(node.log()).as("node %s's log", node.name)
                        .anyMatch(line -> line.contains("Started Application in"))
                        .anyMatch(line -> line.contains("Role catalog loaded from"))
                        .noneMatch(line -> line.contains("APPLICATION FAILED TO START") || line.contains("LockException")
                                || line.contains("already exists") || line.contains("duplicate key")
                                || line.contains("deadlock") || line.contains(" ERROR "));
            }

            try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                 Browser browser = Chromium.launch(playwright)) {
                // a user signs up on node A and rates a skill there
                Page ana = page(browser);
                signUp(ana, a, "ana.node");
                ana.navigate(a.url("assessment"));
                ana.locator("#radio-statistics-3").click();
                ana.locator("#assessment-form:not([saving])").waitFor();

                // the second sign-up from this address, on node B; the third, on either node, is refused
                signUp(page(browser), b, "ben.node");
                Page third = page(browser);
                third.navigate(a.url("signup"));
                fillSignUp(third, "cy.node");
                assertThat(third.locator("#signup-username")).containsText(
                        "Too many accounts were created from your network address in the last hour. Try again in an hour.");
                assertThat(third.locator("#user-name")).hasCount(0);

                // five wrong passwords on node A lock ben out; the right one on node B is refused
                for (int attempt = 1; attempt <= 5; attempt++) {
                    assertThat(postLogin(a, "ben.node", "wrong password " + attempt)).as("attempt %d", attempt)
                            .endsWith("/login?error");
                }
                Page benOnB = page(browser);
                benOnB.navigate(b.url("login"));
                logIn(benOnB, "ben.node", PASSWORD);
                assertThat(benOnB.locator("vaadin-login-form")).containsText("Too many failed logins for this username");
                assertThat(benOnB.locator("#user-name")).hasCount(0);

                // ana's rating, saved through node A, is read on node B
                Page anaOnB = page(browser);
                anaOnB.navigate(b.url("login"));
                logIn(anaOnB, "ana.node", PASSWORD);
                assertThat(anaOnB.locator("#user-name")).hasText("ana.node");
                anaOnB.navigate(b.url("assessment"));
                assertThat(anaOnB.locator("#radio-statistics-3")).isChecked();
            }
        }
    }

    /**
     * A tab in a browser context of its own: both nodes are on 127.0.0.1, and cookies are not kept apart by port,
     * so one context would send node A's session cookie to node B.
     */
    private static Page page(Browser browser) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        Page page = context.newPage();
        page.setDefaultTimeout(30_000);
        return page;
    }

    private static void signUp(Page page, Node node, String username) {
        page.navigate(node.url("signup"));
        fillSignUp(page, username);
        assertThat(page.locator("#user-name")).hasText(username);
    }

    private static void fillSignUp(Page page, String username) {
        page.locator("#signup-username input").fill(username);
        page.locator("#signup-password input").fill(PASSWORD);
        page.locator("#signup-confirmation input").fill(PASSWORD);
        page.locator("#signup-create").click();
    }

    private static void logIn(Page page, String username, String password) {
        page.locator("vaadin-login-form input[name='username']").fill(username);
        page.locator("vaadin-login-form input[name='password']").fill(password);
        page.locator("vaadin-login-form vaadin-button").filter(new Locator.FilterOptions().setHasText("Log in"))
                .first().click();
        page.waitForLoadState();
    }

    /** The login form's post, as the browser sends it (from the login page's own origin); where it redirects. */
    private String postLogin(Node node, String username, String password) throws Exception {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(node.url("login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", node.origin())
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    /** One Skillpath process from the packaged jar, its output kept (and written to target/two-nodes). */
    private static final class Node implements AutoCloseable {

        private final String name;
        private final int port;
        private final int managementPort;
        private final Process process;
        private final List<String> lines = new CopyOnWriteArrayList<>();

        private Node(String name, int port, int managementPort, Process process) throws IOException {
            this.name = name;
            this.port = port;
            this.managementPort = managementPort;
            this.process = process;
            Files.createDirectories(LOGS);
            Path file = LOGS.resolve("node-" + name + ".log");
            Thread.ofPlatform().daemon().name("node-" + name + "-output").start(() -> {
                try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                     var out = Files.newBufferedWriter(file)) {
                    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                        lines.add(line);
                        out.write(line);
                        out.newLine();
                        out.flush();
                    }
                } catch (IOException ignored) {
                    // the process was stopped
                }
            });
        }

        static Node start(String name, int databasePort, Path databaseDirectory) throws IOException {
            int port = freePort();
            int managementPort = freePort();
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            // the test's child-JVM flags and a small heap: two JVMs starting at once share this machine's two cores
            List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx512m"));
            command.addAll(TestApplications.CHILD_JVM_FLAGS);
            command.addAll(List.of("-jar", JAR.toString(),
                    "--server.port=" + port, "--management.server.port=" + managementPort,
                    "--skillpath.signup.per-address-per-hour=" + SIGN_UPS_PER_HOUR,
                    "--spring.main.banner-mode=off"));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            Map<String, String> environment = builder.environment();
            environment.put("SPRING_DATASOURCE_URL", EmbeddedDatabaseConfiguration.jdbcUrl(databasePort));
            environment.put("SPRING_DATASOURCE_USERNAME", DatabaseCredentials.APP_ROLE);
            environment.put("SPRING_DATASOURCE_PASSWORD", DatabaseCredentials.read(databaseDirectory).orElseThrow().appPassword());
            return new Node(name, port, managementPort, builder.start());
        }

        /**
         * Until the readiness probe on the management port answers UP: the database reached, the catalog loaded. Each
         * node started in about 90 s with two JVMs starting at once on a 2-core machine at load average 12 (a lone jar
         * starts in about 9 s): the patience is for such a machine.
         */
        void awaitReady() throws Exception {
            HttpClient client = HttpClient.newHttpClient();
            URI readiness = URI.create("http://127.0.0.1:" + managementPort + "/actuator/health/readiness");
            long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
            while (System.nanoTime() < deadline && process.isAlive()) {
                try {
                    var response = client.send(HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(5)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200) {
                        return;
                    }
                } catch (IOException notListeningYet) {
                    // still starting
                }
                Thread.sleep(250);
            }
            fail("Node " + name + " did not become ready (" + (process.isAlive() ? "still running" : "exited "
                    + process.exitValue()) + "); its log ends:\n" + String.join("\n", tail(60)));
        }

        List<String> log() {
            return new ArrayList<>(lines);
        }

        private List<String> tail(int count) {
            List<String> all = log();
            return all.subList(Math.max(0, all.size() - count), all.size());
        }

        /** 127.0.0.1, not localhost: every request must come from one address, not sometimes ::1. */
        String url(String path) {
            return origin() + "/" + path;
        }

        String origin() {
            return "http://127.0.0.1:" + port;
        }

        @Override
        public void close() throws Exception {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }
    }
}
