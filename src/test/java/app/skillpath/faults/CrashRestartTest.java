package app.skillpath.faults;

import app.skillpath.base.db.EmbeddedDatabaseConfiguration;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** After a crash, the next start comes up on the first try and says what it found. */
@ExtendWith(OutputCaptureExtension.class)
class CrashRestartTest {

    @TempDir
    Path dataDirectory;

    @Test
    void a_restart_after_only_the_jvm_was_killed_stops_the_orphaned_postgresql_and_comes_up_first_try(CapturedOutput output)
            throws Exception {
        long orphan;
        try (ChildJvm app = ChildJvm.start(dataDirectory, 3)) {
            app.awaitLine(CrashingApp.SAVED + 3, Duration.ofSeconds(60));
            orphan = ChildJvm.postmasterPid(dataDirectory);
            app.kill();
        }
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("PostgreSQL outlived its JVM").contains(true);

        long started = System.nanoTime();
        try (EmbeddedPostgres restarted = EmbeddedDatabaseConfiguration.start(dataDirectory, false);
             Connection connection = restarted.getPostgresDatabase().getConnection()) {
            assertThat(connection.createStatement().executeQuery("select count(*) from crash_rating"))
                    .satisfies(rows -> {
                        rows.next();
                        assertThat(rows.getInt(1)).isEqualTo(3);
                    });
        }
        assertThat((System.nanoTime() - started) / 1e9).as("seconds to come up").isLessThan(10);
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(output).contains("Found PostgreSQL (pid " + orphan + ") left running from an earlier crash in "
                + dataDirectory.toAbsolutePath());
    }

    @Test
    void a_lock_file_left_behind_naming_a_live_process_that_is_not_postgresql_does_not_block_the_start(CapturedOutput output)
            throws Exception {
        EmbeddedDatabaseConfiguration.start(dataDirectory, false).close();
        // after a reboot the pid in a stale lock file often belongs to some other process
        Process unrelated = new ProcessBuilder("sleep", "60").start();
        try {
            Files.writeString(dataDirectory.resolve("postmaster.pid"), unrelated.pid() + "\n" + dataDirectory + "\n0\n5432\n");

            try (EmbeddedPostgres restarted = EmbeddedDatabaseConfiguration.start(dataDirectory, false);
                 Connection connection = restarted.getPostgresDatabase().getConnection()) {
                assertThat(connection.isValid(5)).isTrue();
            }
            assertThat(unrelated.isAlive()).as("the unrelated process is left alone").isTrue();
            assertThat(output).contains("Found the lock file of PostgreSQL (pid " + unrelated.pid() + ") that no longer runs");
        } finally {
            unrelated.destroyForcibly();
        }
    }

    @Test
    void a_lock_file_cut_short_by_the_crash_does_not_block_the_start() throws Exception {
        EmbeddedDatabaseConfiguration.start(dataDirectory, false).close();
        Files.writeString(dataDirectory.resolve("postmaster.pid"), "12ab\n");

        try (EmbeddedPostgres restarted = EmbeddedDatabaseConfiguration.start(dataDirectory, false);
             Connection connection = restarted.getPostgresDatabase().getConnection()) {
            assertThat(connection.isValid(5)).isTrue();
        }
    }

    @Test
    void a_data_directory_in_use_by_a_running_server_is_refused_and_that_server_keeps_running() throws Exception {
        try (EmbeddedPostgres running = EmbeddedDatabaseConfiguration.start(dataDirectory, false)) {
            assertThatThrownBy(() -> EmbeddedDatabaseConfiguration.start(dataDirectory, false))
                    .hasMessageContaining("is in use by another running Skillpath");
            try (Connection connection = running.getPostgresDatabase().getConnection()) {
                assertThat(connection.isValid(5)).isTrue();
            }
        }
        assertThat(List.of(dataDirectory.resolve("PG_VERSION"))).allMatch(Files::exists);
    }
}
