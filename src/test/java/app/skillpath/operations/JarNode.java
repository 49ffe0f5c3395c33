package app.skillpath.operations;

import app.skillpath.TestApplications;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The production jar that {@code ./mvnw package} built, started as an operator would: {@code java -jar}, configured by
 * environment variables only, in its own process, with its output kept for the test to read.
 */
final class JarNode implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final Path dataDirectory;
    final int port;
    final int managementPort;
    private final Process process;
    private final List<String> output = Collections.synchronizedList(new ArrayList<>());

    private JarNode(Path dataDirectory, int port, int managementPort, Process process) {
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.managementPort = managementPort;
        this.process = process;
        // its own thread: the common pool may have a single worker on a 2-core machine
        Thread.ofPlatform().daemon().name("jar-node-output").start(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                reader.lines().forEach(output::add);
            } catch (IOException ignored) {
                // the process ended
            }
        });
    }

    /** The jar in target/, as `./mvnw package` leaves it (failsafe runs after the package phase). */
    static Path productionJar() throws IOException {
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of("target"), "skillpath-*.jar")) {
            for (Path jar : jars) {
                if (!jar.getFileName().toString().endsWith("-plain.jar")) {
                    return jar;
                }
            }
        }
        throw new AssertionError("No target/skillpath-*.jar: run the ITs with ./mvnw verify, which packages the jar first");
    }

    static JarNode start(Path dataDirectory, Map<String, String> environment) throws IOException {
        int port = freePort();
        int managementPort = freePort();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString()));
        command.addAll(TestApplications.CHILD_JVM_FLAGS);
        command.addAll(List.of("-jar", productionJar().toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true);
        builder.environment().put("SKILLPATH_DATA_DIR", dataDirectory.toString());
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().put("MANAGEMENT_PORT", Integer.toString(managementPort));
        builder.environment().remove("SPRING_DATASOURCE_URL");
        builder.environment().remove("LOGGING_STRUCTURED_FORMAT_CONSOLE"); // the default case must not take the shell's
        builder.environment().putAll(environment);
        return new JarNode(dataDirectory, port, managementPort, builder.start());
    }

    /** Waits until readiness says UP on the management port, failing with the node's output if it does not. */
    JarNode awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                break;
            }
            try {
                if (management("/actuator/health/readiness").statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // the management port is not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The jar was not ready within " + timeout + "; its output:\n" + tail(60));
    }

    HttpResponse<String> management(String path) throws IOException, InterruptedException {
        return get("http://127.0.0.1:" + managementPort + path);
    }

    HttpResponse<String> publicPort(String path) throws IOException, InterruptedException {
        return get("http://127.0.0.1:" + port + path);
    }

    static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    Process process() {
        return process;
    }

    /**
     * SIGTERM, as {@code systemctl stop} or {@code kill} sends it. Through the process handle: {@code Process.destroy()}
     * also closes this side of the node's output pipe, after which the node could not print its shutdown.
     */
    void sigterm() {
        process.toHandle().destroy();
    }

    /** The postmaster's process id, from the first line of its lock file in the data directory. */
    long postmasterPid() throws IOException {
        return Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).getFirst().trim());
    }

    boolean printed(Predicate<String> line) {
        synchronized (output) {
            return output.stream().anyMatch(line);
        }
    }

    List<String> lines() {
        synchronized (output) {
            return List.copyOf(output);
        }
    }

    String tail(int lines) {
        synchronized (output) {
            return String.join("\n", output.subList(Math.max(0, output.size() - lines), output.size()));
        }
    }

    int awaitExit(Duration timeout) throws Exception {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("The jar did not exit within " + timeout + "; its output:\n" + tail(40));
        }
        return process.exitValue();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            sigterm();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
