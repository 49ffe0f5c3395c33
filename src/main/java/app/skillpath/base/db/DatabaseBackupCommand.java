package app.skillpath.base.db;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * The operator's backup and restore of the embedded database, as command-line modes of the app:
 * {@code --skillpath.backup=FILE} writes a backup of the database in SKILLPATH_DATA_DIR (also while
 * the app runs on it), {@code --skillpath.restore=FILE} restores one into a new SKILLPATH_DATA_DIR.
 * Either runs before anything else starts (the running app holds the data directory) and exits.
 * Registered by {@code Application.main}.
 */
public class DatabaseBackupCommand implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    private static final Logger log = LoggerFactory.getLogger(DatabaseBackupCommand.class);

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        run(event.getEnvironment()).ifPresent(System::exit);
    }

    /** The exit code when a backup or restore was asked for (0 done, 1 failed, 2 not possible here), else empty. */
    static OptionalInt run(ConfigurableEnvironment environment) {
        String backup = environment.getProperty("skillpath.backup");
        String restore = environment.getProperty("skillpath.restore");
        if (backup == null && restore == null) {
            return OptionalInt.empty();
        }
        if (environment.containsProperty("spring.datasource.url")) {
            log.error("Backup and restore here are for the embedded database; for an external PostgreSQL use its own "
                    + "tools (pg_dump, pg_restore)");
            return OptionalInt.of(2);
        }
        if (backup != null && restore != null) {
            log.error("Give either --skillpath.backup=FILE or --skillpath.restore=FILE, not both");
            return OptionalInt.of(2);
        }
        Path dataDirectory = Path.of(environment.getRequiredProperty("skillpath.data-dir"));
        try {
            if (backup != null) {
                EmbeddedDatabaseBackup.backup(dataDirectory, Path.of(backup));
            } else {
                EmbeddedDatabaseBackup.restore(Path.of(restore), dataDirectory);
            }
            return OptionalInt.of(0);
        } catch (Exception e) {
            log.error("{} failed: {}", backup != null ? "Backup" : "Restore", e.getMessage());
            return OptionalInt.of(1);
        }
    }

    /** Before {@link EarlyDatabaseStart}, which would start the server on the data directory. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 1;
    }
}
