package app.skillpath.base.db;

import app.skillpath.TestApplications;
import app.skillpath.account.AccountService;
import app.skillpath.assessment.AssessmentRepository;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** A backup taken while the app runs and saves restores into a new data directory with the data equal. */
@ExtendWith(app.skillpath.RestoreSecurityStrategy.class)
class EmbeddedDatabaseBackupTest {

    private static final List<String> USER_TABLES = List.of("app_user", "skill_rating", "skill_rating_history");

    @TempDir
    Path work;

    @Test
    void a_backup_taken_while_the_app_runs_and_writes_restores_into_a_new_directory_with_the_data_equal() throws Exception {
        Path original = work.resolve("db");
        Path restored = work.resolve("restored");
        Path backup = work.resolve("skillpath.backup");
        Map<String, String> before;
        int committedBeforeBackup;
        long ownerId;
        try (ConfigurableApplicationContext app = TestApplications.startOn(original)) {
            ownerId = app.getBean(AccountService.class).signUp("backed.up", "Backed Up", "a long enough password",
                    "a long enough password").id();
            app.getBean(AssessmentRepository.class).rate(ownerId, "statistics", 3, OffsetDateTime.now());
            app.getBean(AssessmentRepository.class).rate(ownerId, "statistics", 4, OffsetDateTime.now());
            DSLContext dsl = app.getBean(DSLContext.class);
            before = contents(dsl);
            dsl.execute("create table backup_marker (n int primary key)");

            // a user keeps saving while the backup runs: the copy must still be one consistent moment
            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicInteger committed = new AtomicInteger();
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
                while (writing.get()) {
                    dsl.execute("insert into backup_marker values (?)", committed.get() + 1);
                    committed.incrementAndGet();
                }
            });
            while (committed.get() < 20) {
                Thread.onSpinWait();
            }
            committedBeforeBackup = committed.get();
            assertThat(command(Map.<String, Object>of("skillpath.data-dir", original.toString(), "skillpath.backup", backup.toString())))
                    .hasValue(0);
            writing.set(false);
            writer.join();
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).as("it holds the passwords")
                .isEqualTo("rw-------");

        assertThat(command(Map.<String, Object>of("skillpath.data-dir", restored.toString(), "skillpath.restore", backup.toString())))
                .hasValue(0);
        try (ConfigurableApplicationContext app = TestApplications.startOn(restored)) {
            DSLContext dsl = app.getBean(DSLContext.class);
            assertThat(contents(dsl)).isEqualTo(before);
            assertThat(app.getBean(AssessmentRepository.class).load(ownerId).level("statistics")).contains(4);
            int markers = dsl.fetchSingle("select count(*) from backup_marker").get(0, Integer.class);
            assertThat(markers).as("every save before the backup started").isGreaterThanOrEqualTo(committedBeforeBackup);
            assertThat(dsl.fetchSingle("select max(n) from backup_marker").get(0, Integer.class)).as("no gaps: one moment")
                    .isEqualTo(markers);
        }
    }

    @Test
    void a_restore_into_a_directory_that_holds_a_database_is_refused_and_leaves_it_alone() throws Exception {
        Path existing = work.resolve("db");
        Path backup = work.resolve("skillpath.backup");
        EmbeddedDatabaseConfiguration.start(existing, false).close();
        assertThat(command(Map.<String, Object>of("skillpath.data-dir", existing.toString(), "skillpath.backup", backup.toString()))).hasValue(0);
        String pgVersion = Files.readString(existing.resolve("PG_VERSION"));
        long files;
        try (var list = Files.list(existing)) {
            files = list.count();
        }

        assertThat(command(Map.<String, Object>of("skillpath.data-dir", existing.toString(), "skillpath.restore", backup.toString()))).hasValue(1);
        try (var list = Files.list(existing)) {
            assertThat(list.count()).isEqualTo(files);
        }
        assertThat(Files.readString(existing.resolve("PG_VERSION"))).isEqualTo(pgVersion);
        assertThat(Files.exists(existing.resolve("backup_label"))).isFalse();
    }

    private static OptionalInt command(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("command line", properties));
        return DatabaseBackupCommand.run(environment);
    }

    private static Map<String, String> contents(DSLContext dsl) {
        return USER_TABLES.stream().collect(java.util.stream.Collectors.toMap(table -> table,
                table -> dsl.fetch("select * from " + table + " order by 1, 2").formatCSV()));
    }
}
