package app.skillpath.faults;

import app.skillpath.TestApplications;
import app.skillpath.base.db.DatabaseCredentials;
import app.skillpath.base.db.EmbeddedDatabaseConfiguration;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static app.skillpath.db.generated.Tables.ROLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A crash while Liquibase migrates the schema (the first start, or the first start of an upgrade) leaves Liquibase's
 * own lock row taken: its {@code databasechangeloglock} says "locked" for a process that is gone. Liquibase then
 * waited 5 minutes at the next start and failed ("Could not acquire change log lock"), so a restart after that crash
 * did not come up; a backup taken during a start restored into the same state (seen by hand). The next start must come
 * up on the first try and say what it released.
 */
@ExtendWith({OutputCaptureExtension.class, app.skillpath.RestoreSecurityStrategy.class})
class CrashDuringMigrationTest {

    @TempDir
    Path dataDirectory;

    @Test
    void a_liquibase_lock_left_by_a_start_killed_while_migrating_is_released_and_the_next_start_comes_up_at_once(CapturedOutput output)
            throws Exception {
        // what a first start (or an upgrade's) killed during its migration leaves: Liquibase's lock table with the lock
        // taken and changes still to apply (with none to apply Liquibase skips its lock, so only this case hangs)
        try (EmbeddedPostgres postgres = EmbeddedDatabaseConfiguration.start(dataDirectory, false);
             Connection connection = DriverManager.getConnection(EmbeddedDatabaseConfiguration.jdbcUrl(postgres.getPort()),
                     DatabaseCredentials.APP_ROLE, DatabaseCredentials.read(dataDirectory).orElseThrow().appPassword());
             Statement sql = connection.createStatement()) {
            // Liquibase's own DDL for the table, and its row as it stands while Liquibase holds the lock
            sql.execute("create table databasechangeloglock (id integer not null, locked boolean not null, "
                    + "lockgranted timestamp without time zone, lockedby varchar(255), constraint databasechangeloglock_pkey primary key (id))");
            sql.execute("insert into databasechangeloglock values (1, true, now() - interval '1 minute', 'crashed-host (10.0.0.9)')");
        }

        // Liquibase would wait 5 minutes for the lock and then fail the start: well before that, the start must be done
        CompletableFuture<ConfigurableApplicationContext> restart =
                CompletableFuture.supplyAsync(() -> TestApplications.startOn(dataDirectory));
        ConfigurableApplicationContext started;
        try {
            started = restart.get(120, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            restart.thenAccept(ConfigurableApplicationContext::close);
            fail("The start did not come up within 120 s; it printed:\n" + tail(output.getAll()));
            return;
        }
        try (started) {
            DSLContext dsl = started.getBean(DSLContext.class);
            assertThat(dsl.fetchSingle("select locked from databasechangeloglock").get(0, Boolean.class)).isFalse();
            assertThat(dsl.fetchCount(ROLE)).as("the schema complete and the catalog loaded").isEqualTo(2);
        }
        assertThat(output.getAll()).contains("Released Liquibase's lock on the database schema, held since ")
                .contains("by crashed-host (10.0.0.9)");
    }

    private static String tail(String text) {
        return text.substring(Math.max(0, text.length() - 6_000));
    }
}
