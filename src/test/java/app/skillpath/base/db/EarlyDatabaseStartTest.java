package app.skillpath.base.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Starting PostgreSQL alongside the Spring context: the app gets the server that was started early. */
class EarlyDatabaseStartTest {

    @TempDir
    Path dataDirectory;

    @Test
    void the_server_started_when_the_configuration_is_known_is_the_one_the_app_gets() throws Exception {
        new EarlyDatabaseStart().onApplicationEvent(environmentReady(Map.of("skillpath.data-dir", dataDirectory.toString())));
        assertThat(EarlyDatabaseStart.startedEarly(dataDirectory)).isTrue();

        try (EmbeddedPostgres postgres = EarlyDatabaseStart.takeOrStart(dataDirectory.resolve("."), false);
             Connection connection = postgres.getPostgresDatabase().getConnection();
             ResultSet result = connection.createStatement().executeQuery("show data_directory")) {
            result.next();
            assertThat(Path.of(result.getString(1)).toRealPath()).isEqualTo(dataDirectory.toRealPath());
            assertThat(EarlyDatabaseStart.startedEarly(dataDirectory)).as("taken once").isFalse();
        }
    }

    @Test
    void nothing_is_started_early_when_an_external_database_is_configured() {
        new EarlyDatabaseStart().onApplicationEvent(environmentReady(Map.of(
                "skillpath.data-dir", dataDirectory.toString(),
                "spring.datasource.url", "jdbc:postgresql://db.example.org/skillpath")));

        assertThat(EarlyDatabaseStart.startedEarly(dataDirectory)).isFalse();
        assertThat(Files.exists(dataDirectory.resolve("PG_VERSION"))).isFalse();
    }

    private static ApplicationEnvironmentPreparedEvent environmentReady(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(), new SpringApplication(),
                new String[0], environment);
    }
}
