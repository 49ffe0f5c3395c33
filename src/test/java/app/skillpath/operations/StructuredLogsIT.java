package app.skillpath.operations;

import app.skillpath.Application;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Structured logs on request: the app started in a JVM of its own, as an operator starts it, writes one ECS JSON
 * object per log line when the environment says {@code LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs}, and Spring Boot's
 * human-readable lines when it says nothing.
 */
class StructuredLogsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Spring Boot's console pattern: "2026-01-01T10:15:00.067Z  INFO 39599 --- [skillpath] [main] logger : message". */
    private static final Pattern PLAIN_LINE = Pattern.compile(
            "^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d+\\S*\\s+(TRACE|DEBUG|INFO|WARN|ERROR) \\d+ --- \\[skillpath] .*");
    private static final String STARTED = "Started Application in";
    private static final String CATALOG_LOADED = "Role catalog loaded from";

    @TempDir
    Path dataDirectory;

    @Test
    void with_ecs_asked_for_in_the_environment_the_log_lines_are_json_with_time_level_logger_service_node_and_message()
            throws Exception {
        // the node's name as an operator of two nodes sets it, per node, in the environment file
        List<String> output = runUntilStarted(Map.of("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs",
                "LOGGING_STRUCTURED_ECS_SERVICE_NODENAME", "node-a"));

        List<JsonNode> entries = output.stream().map(StructuredLogsIT::json).flatMap(Optional::stream).toList();
        JsonNode catalog = entries.stream().filter(e -> e.path("message").asString("").startsWith(CATALOG_LOADED))
                .findFirst().orElseThrow(() -> new AssertionError("no JSON line for the catalog in:\n" + String.join("\n", output)));
        assertThat(catalog.path("log").path("level").asString()).isEqualTo("INFO");
        assertThat(catalog.path("log").path("logger").asString()).isEqualTo("app.skillpath.catalog.CatalogLoader");
        // the service's name comes from spring.application.name, nothing else to set
        assertThat(catalog.path("service").path("name").asString()).isEqualTo("skillpath");
        assertThat(catalog.path("service").path("node").path("name").asString()).isEqualTo("node-a");
        assertThat(catalog.path("ecs").path("version").asString()).isNotBlank();
        assertThat(entries).anySatisfy(e -> assertThat(e.path("message").asString("")).startsWith(STARTED));
        assertThat(entries).hasSizeGreaterThan(10).allSatisfy(entry -> {
            assertThat(entry.path("@timestamp").asString("")).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
            assertThat(entry.path("log").path("level").asString("")).isIn("TRACE", "DEBUG", "INFO", "WARN", "ERROR");
            assertThat(entry.has("message")).isTrue();
        });
        // and no line in the human-readable form slipped past the structured format
        assertThat(output).noneMatch(line -> PLAIN_LINE.matcher(line).matches());
    }

    @Test
    void by_default_the_log_lines_are_human_readable_not_json() throws Exception {
        List<String> output = runUntilStarted(Map.of());

        assertThat(output).anyMatch(line -> PLAIN_LINE.matcher(line).matches() && line.contains(CATALOG_LOADED));
        assertThat(output).anyMatch(line -> PLAIN_LINE.matcher(line).matches() && line.contains(STARTED));
        assertThat(output).noneMatch(line -> json(line).isPresent());
    }

    /** Starts the app with these environment variables, returns what it printed until it had started, then stops it. */
    private List<String> runUntilStarted(Map<String, String> environment) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // the app's classes and libraries, without the tests' classes (their beans are not the app's) and without empty
        // entries: failsafe's class path ends in one, which would put the working directory (the project, with
        // db/changelog in it) on the child's class path beside target/classes, and Liquibase refuses the twin
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank() && !Path.of(entry).endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-cp", classPath,
                Application.class.getName(), "--skillpath.data-dir=" + dataDirectory, "--skillpath.embedded-db.clean-on-exit=true",
                "--server.port=0", "--management.server.port=0").redirectErrorStream(true);
        // the parent's own setting (a developer's shell, say) must not decide the default case
        builder.environment().remove("LOGGING_STRUCTURED_FORMAT_CONSOLE");
        builder.environment().putAll(environment);
        Process app = builder.start();
        // a start that hangs without printing is ended, so that the read below ends too
        CompletableFuture<Void> watchdog = CompletableFuture.runAsync(app::destroyForcibly,
                CompletableFuture.delayedExecutor(3, TimeUnit.MINUTES));
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(line);
                if (line.contains(STARTED)) {
                    return lines;
                }
            }
            throw new AssertionError("The app did not start; it printed:\n" + String.join("\n", lines));
        } finally {
            watchdog.cancel(false);
            // SIGTERM: the app shuts down as in production, the embedded database with it
            app.destroy();
            if (!app.waitFor(60, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
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
}
