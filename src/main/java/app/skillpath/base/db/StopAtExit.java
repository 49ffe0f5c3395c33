package app.skillpath.base.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stops the embedded PostgreSQL servers when the JVM exits, but only after the application has finished with them.
 * zonky's own shutdown hook (switched off in {@link EmbeddedDatabaseConfiguration#start}) stopped the server the
 * moment a SIGTERM arrived, while Spring's graceful shutdown was still letting the requests in flight finish: they
 * then failed with a 500 (tried against the production jar). JVM shutdown hooks run all at once, so this one waits:
 * a server the application context owns is stopped by the context's own close (after the web server's graceful
 * shutdown, {@code spring.lifecycle.timeout-per-shutdown-phase}); only if that has not happened within
 * {@link #GRACE} is it stopped here. A server nobody owns (a command-line backup, a start that failed) is stopped
 * at once.
 */
final class StopAtExit {

    /** Longer than Spring's graceful phase (30 s by default) plus closing the context. */
    static final Duration GRACE = Duration.ofSeconds(60);

    private static final Logger log = LoggerFactory.getLogger(StopAtExit.class);
    private static final Map<EmbeddedPostgres, Path> SERVERS = new ConcurrentHashMap<>();
    private static final Set<EmbeddedPostgres> OWNED = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("embedded-postgres-stop").unstarted(StopAtExit::stopAll));
    }

    private StopAtExit() {
    }

    static void register(EmbeddedPostgres postgres, Path dataDirectory) {
        SERVERS.put(postgres, dataDirectory);
    }

    /** The application context closes this one itself (its bean's destroy method), so the hook waits for it. */
    static void ownedByApplication(EmbeddedPostgres postgres) {
        OWNED.add(postgres);
    }

    private static void stopAll() {
        long deadline = System.nanoTime() + GRACE.toNanos();
        SERVERS.forEach((postgres, dataDirectory) -> {
            if (OWNED.contains(postgres)) {
                awaitStopped(dataDirectory, deadline);
            }
            try {
                postgres.close(); // does nothing if the context closed it already
            } catch (IOException | RuntimeException e) {
                log.warn("Could not stop the embedded PostgreSQL in {}: {}", dataDirectory, e.getMessage());
            }
        });
    }

    /** PostgreSQL removes its lock file as the last step of a clean shutdown. */
    private static void awaitStopped(Path dataDirectory, long deadline) {
        while (Files.exists(dataDirectory.resolve("postmaster.pid")) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
