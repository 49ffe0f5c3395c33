package app.skillpath.faults;

import app.skillpath.base.db.DatabaseCredentials;
import app.skillpath.base.db.EmbeddedDatabaseConfiguration;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

/**
 * The app's database side in a JVM of its own, for tests that kill it: starts the embedded server
 * the way the app does ({@link EmbeddedDatabaseConfiguration#start}), connects as the app's role,
 * saves {@code saves} ratings one committed transaction each (the same two statements as a rating
 * save: the rating and its history entry), reports each on stdout once confirmed, then waits to be killed.
 * Usage: {@code CrashingApp DATA_DIRECTORY SAVES}.
 */
public final class CrashingApp {

    static final String READY = "ready";
    static final String SAVED = "saved ";

    private CrashingApp() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDirectory = Path.of(args[0]);
        int saves = Integer.parseInt(args[1]);
        var postgres = EmbeddedDatabaseConfiguration.start(dataDirectory, false);
        try (Connection connection = DriverManager.getConnection(EmbeddedDatabaseConfiguration.jdbcUrl(postgres.getPort()),
                DatabaseCredentials.APP_ROLE, DatabaseCredentials.read(dataDirectory).orElseThrow().appPassword())) {
            try (Statement sql = connection.createStatement()) {
                sql.execute(CrashDurabilityTest.SCHEMA);
            }
            System.out.println(READY);
            System.out.flush();
            connection.setAutoCommit(false);
            try (PreparedStatement rating = connection.prepareStatement(
                    "insert into crash_rating (skill, level) values (?, ?) on conflict (skill) do update set level = excluded.level");
                 PreparedStatement history = connection.prepareStatement(
                         "insert into crash_rating_history (skill, level) values (?, ?)")) {
                for (int i = 1; i <= saves; i++) {
                    rating.setInt(1, i);
                    rating.setInt(2, i % 5);
                    rating.executeUpdate();
                    history.setInt(1, i);
                    history.setInt(2, i % 5);
                    history.executeUpdate();
                    connection.commit();
                    // the user sees "saved" only now, after the commit returned
                    System.out.println(SAVED + i);
                    System.out.flush();
                }
            }
        }
        // the server keeps running (as the app's would) until the test kills this JVM
        TimeUnit.HOURS.sleep(1);
        postgres.close();
    }
}
