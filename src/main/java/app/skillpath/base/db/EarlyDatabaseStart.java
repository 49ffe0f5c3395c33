package app.skillpath.base.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Starts the embedded PostgreSQL on its own thread as soon as the configuration is known, so that
 * it boots while Spring builds the context instead of after it (about a second of the start-up
 * on this project's 2-core machine; see docs/BENCHMARKS.md). {@link EmbeddedDatabaseConfiguration}
 * then takes the running server, or starts one itself when nothing was started early (tests).
 * Registered by {@code Application.main} only.
 */
public class EarlyDatabaseStart implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    private static final Map<Path, CompletableFuture<EmbeddedPostgres>> STARTED = new ConcurrentHashMap<>();

    static {
        // a server the app never took (its start failed before) must not outlive the JVM
        Runtime.getRuntime().addShutdownHook(new Thread(() -> STARTED.values().forEach(future -> {
            try {
                future.join().close();
            } catch (RuntimeException | IOException ignored) {
                // it did not start, or is already stopping
            }
        }), "embedded-postgres-stop"));
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        if (environment.containsProperty("spring.datasource.url") || !environment.containsProperty("skillpath.data-dir")) {
            return;
        }
        Path dataDirectory = key(Path.of(environment.getRequiredProperty("skillpath.data-dir")));
        boolean cleanOnExit = environment.getProperty("skillpath.embedded-db.clean-on-exit", Boolean.class, false);
        STARTED.computeIfAbsent(dataDirectory, directory -> CompletableFuture.supplyAsync(() -> {
            try {
                return EmbeddedDatabaseConfiguration.start(directory, cleanOnExit);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, runnable -> Thread.ofPlatform().name("embedded-postgres-start").daemon().start(runnable)));
    }

    /** The server started early for this data directory (waiting for it if need be), or a new one. */
    static EmbeddedPostgres takeOrStart(Path dataDirectory, boolean cleanOnExit) throws IOException {
        CompletableFuture<EmbeddedPostgres> early = STARTED.remove(key(dataDirectory));
        if (early == null) {
            return EmbeddedDatabaseConfiguration.start(dataDirectory, cleanOnExit);
        }
        try {
            return early.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        }
    }

    /** Whether a server was started early for this data directory and not yet taken. */
    static boolean startedEarly(Path dataDirectory) {
        return STARTED.containsKey(key(dataDirectory));
    }

    private static Path key(Path dataDirectory) {
        return dataDirectory.toAbsolutePath().normalize();
    }

    /** After Spring Boot has read the configuration files into the environment. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
