package app.skillpath.base.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What durability costs per rating save: the same save (one committed transaction with the rating
 * upsert and its history insert, as {@code AssessmentRepository.rate} does) timed against zonky's
 * test defaults (fsync and synchronous_commit off: the embedded database before) and against the
 * server as {@link EmbeddedDatabaseConfiguration#start} now runs it, in the same run, one after the other.
 * Run: ./mvnw -Pbench test -Dtest=DurabilityBenchmarkTest (results in target/benchmarks/durability.md).
 */
class DurabilityBenchmarkTest {

    static final int WARM_UP = Integer.getInteger("bench.warmup", 200);
    static final int SAVES = Integer.getInteger("bench.saves", 2_000);
    static final String SCHEMA = """
            create table skill_rating (owner_id bigint, skill_id bigint, level int, note text, primary key (owner_id, skill_id));
            create table skill_rating_history (id bigint generated always as identity primary key, owner_id bigint,
                skill_id bigint, level int, changed_at timestamptz not null default now())""";

    @TempDir
    Path work;

    @Test
    void time_per_rating_save_with_the_test_defaults_and_with_durable_settings() throws Exception {
        double[] before;
        try (EmbeddedPostgres testDefaults = EmbeddedPostgres.builder().setDataDirectory(work.resolve("before"))
                .setCleanDataDirectory(false).start();
             Connection connection = testDefaults.getPostgresDatabase().getConnection()) {
            assertThat(setting(connection, "synchronous_commit")).isEqualTo("off");
            before = timeSaves(connection);
        }
        double[] after;
        Path durable = work.resolve("after");
        try (EmbeddedPostgres server = EmbeddedDatabaseConfiguration.start(durable, false);
             Connection connection = DriverManager.getConnection(EmbeddedDatabaseConfiguration.jdbcUrl(server.getPort()),
                     DatabaseCredentials.APP_ROLE, DatabaseCredentials.read(durable).orElseThrow().appPassword())) {
            assertThat(setting(connection, "fsync")).isEqualTo("on");
            assertThat(setting(connection, "synchronous_commit")).isEqualTo("on");
            after = timeSaves(connection);
        }
        String report = String.format(Locale.ROOT, """
                | embedded server | mean | median | 95th percentile | saves per second (one user) |
                |---|---|---|---|---|
                | before: fsync off, synchronous_commit off | %s | %s | %s | %.0f |
                | after: fsync on, synchronous_commit on, full_page_writes on | %s | %s | %s | %.0f |
                """, ms(mean(before)), ms(percentile(before, 50)), ms(percentile(before, 95)), 1000 / mean(before),
                ms(mean(after)), ms(percentile(after, 50)), ms(percentile(after, 95)), 1000 / mean(after));
        System.out.println(SAVES + " rating saves each, after " + WARM_UP + " to warm up:\n" + report);
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/durability.md"), report);
    }

    /** Milliseconds per save, one committed transaction each. */
    private static double[] timeSaves(Connection connection) throws Exception {
        try (Statement sql = connection.createStatement()) {
            sql.execute(SCHEMA);
        }
        connection.setAutoCommit(false);
        double[] millis = new double[SAVES];
        try (PreparedStatement rating = connection.prepareStatement("insert into skill_rating (owner_id, skill_id, level) "
                + "values (?, ?, ?) on conflict (owner_id, skill_id) do update set level = excluded.level");
             PreparedStatement history = connection.prepareStatement(
                     "insert into skill_rating_history (owner_id, skill_id, level) values (?, ?, ?)")) {
            for (int i = 0; i < WARM_UP + SAVES; i++) {
                long start = System.nanoTime();
                for (PreparedStatement statement : new PreparedStatement[] {rating, history}) {
                    statement.setLong(1, i % 200);
                    statement.setLong(2, i % 11);
                    statement.setInt(3, i % 5);
                    statement.executeUpdate();
                }
                connection.commit();
                if (i >= WARM_UP) {
                    millis[i - WARM_UP] = (System.nanoTime() - start) / 1e6;
                }
            }
        }
        connection.setAutoCommit(true);
        return millis;
    }

    private static String setting(Connection connection, String name) throws Exception {
        try (var rows = connection.createStatement().executeQuery("show " + name)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElseThrow();
    }

    private static double percentile(double[] values, int percent) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }

    private static String ms(double millis) {
        return String.format(Locale.ROOT, "%.2f ms", millis);
    }
}
