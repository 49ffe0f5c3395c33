package app.skillpath.faults;

import app.skillpath.base.db.DatabaseCredentials;
import app.skillpath.base.db.EmbeddedDatabaseConfiguration;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A save the user saw confirmed survives a crash: the app's JVM and every PostgreSQL process are
 * killed with SIGKILL right after the last confirmation, and a restart on the same data directory
 * finds every save.
 */
class CrashDurabilityTest {

    static final String SCHEMA = """
            create table if not exists crash_rating (skill int primary key, level int not null);
            create table if not exists crash_rating_history (id bigint generated always as identity primary key,
                skill int not null, level int not null, changed_at timestamptz not null default now())""";

    private static final int SAVES = 200;

    @TempDir
    Path dataDirectory;

    @Test
    void every_confirmed_save_survives_a_kill_of_the_jvm_and_of_postgresql_right_after_it() throws Exception {
        try (ChildJvm app = ChildJvm.start(dataDirectory, SAVES)) {
            app.awaitLine(CrashingApp.SAVED + SAVES, Duration.ofSeconds(60));
            long postmaster = ChildJvm.postmasterPid(dataDirectory);
            ProcessHandle server = ProcessHandle.of(postmaster).orElseThrow();
            // the whole server at once (its backends and WAL writer too), then the JVM
            List<ProcessHandle> processes = server.descendants().toList();
            server.destroyForcibly();
            processes.forEach(ProcessHandle::destroyForcibly);
            app.kill();
            server.onExit().join();
        }

        try (EmbeddedPostgres restarted = EmbeddedDatabaseConfiguration.start(dataDirectory, false);
             Connection connection = DriverManager.getConnection(EmbeddedDatabaseConfiguration.jdbcUrl(restarted.getPort()),
                     DatabaseCredentials.APP_ROLE, DatabaseCredentials.read(dataDirectory).orElseThrow().appPassword());
             Statement sql = connection.createStatement()) {
            assertThat(single(sql, "select count(*) from crash_rating")).isEqualTo(SAVES);
            assertThat(single(sql, "select count(*) from crash_rating_history")).isEqualTo(SAVES);
            assertThat(single(sql, "select max(skill) from crash_rating")).as("the last confirmed save").isEqualTo(SAVES);
            assertThat(single(sql, "select count(*) from crash_rating where level = skill % 5")).isEqualTo(SAVES);
        }
    }

    private static long single(Statement sql, String query) throws Exception {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
