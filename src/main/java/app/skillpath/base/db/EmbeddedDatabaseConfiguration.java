package app.skillpath.base.db;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The zero-setup default: when no {@code spring.datasource.url} (or SPRING_DATASOURCE_URL) is set,
 * start an embedded PostgreSQL whose data directory persists across restarts, and use it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
public class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    static class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !context.getEnvironment().containsProperty("spring.datasource.url");
        }
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${skillpath.data-dir}") Path dataDirectory,
                                      @Value("${skillpath.embedded-db.clean-on-exit:false}") boolean cleanOnExit)
            throws IOException {
        return EarlyDatabaseStart.takeOrStart(dataDirectory, cleanOnExit);
    }

    /** Starts PostgreSQL on a free port, creating the data directory on first use and keeping it after. */
    public static EmbeddedPostgres start(Path dataDirectory, boolean cleanOnExit) throws IOException {
        Files.createDirectories(dataDirectory);
        log.info("Starting embedded PostgreSQL with data in {}", dataDirectory.toAbsolutePath());
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(cleanOnExit)
                .start();
        // operators can reach it with psql -h localhost -p PORT -U postgres while the app runs
        log.info("Embedded PostgreSQL listening on localhost:{}", postgres.getPort());
        return postgres;
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setPoolName("skillpath-embedded");
        // during a database outage, fail a user's action within seconds instead of hanging for 30
        dataSource.setConnectionTimeout(5_000);
        return dataSource;
    }
}
