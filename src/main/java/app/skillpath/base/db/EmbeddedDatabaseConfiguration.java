package app.skillpath.base.db;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.PGConnection;
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
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import static app.skillpath.base.db.DatabaseCredentials.APP_ROLE;
import static app.skillpath.base.db.DatabaseCredentials.DATABASE;
import static app.skillpath.base.db.DatabaseCredentials.SUPERUSER;

/**
 * The zero-setup default: when no {@code spring.datasource.url} (or SPRING_DATASOURCE_URL) is set,
 * start an embedded PostgreSQL whose data directory persists across restarts, and use it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
public class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    /** Every connection needs a password; no trust, not even on the local socket; no role but these two. */
    static final String PG_HBA = """
            # Written by Skillpath at every start: every connection needs a password (scram-sha-256).
            # The passwords are in skillpath-credentials.properties beside this file (readable by its owner only).
            # Only the superuser and the app's role may connect: a role someone created while an earlier
            # version let localhost in without a password cannot log in, whatever its password.
            local   all             postgres,skillpath                     scram-sha-256
            host    all             postgres,skillpath     127.0.0.1/32    scram-sha-256
            host    all             postgres,skillpath     ::1/128         scram-sha-256
            local   replication     postgres                               scram-sha-256
            host    replication     postgres               127.0.0.1/32    scram-sha-256
            host    replication     postgres               ::1/128         scram-sha-256
            """;

    static class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !context.getEnvironment().containsProperty("spring.datasource.url");
        }
    }

    /** The data directory, resolved once: the server and the DataSource (which reads its password there) must agree. */
    record DataDirectory(Path path) {
    }

    @Bean
    DataDirectory embeddedDataDirectory(@Value("${skillpath.data-dir}") Path dataDirectory) {
        // resolved once, since a value such as the tests' ${random.uuid} differs on every read
        return new DataDirectory(dataDirectory);
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(DataDirectory dataDirectory,
                                      @Value("${skillpath.embedded-db.clean-on-exit:false}") boolean cleanOnExit)
            throws IOException {
        EmbeddedPostgres postgres = EarlyDatabaseStart.takeOrStart(dataDirectory.path(), cleanOnExit);
        StopAtExit.ownedByApplication(postgres);
        return postgres;
    }

    /** Starts PostgreSQL on a free port, creating the data directory on first use and keeping it after. */
    public static EmbeddedPostgres start(Path dataDirectory, boolean cleanOnExit) throws IOException {
        return start(dataDirectory, cleanOnExit, 0);
    }

    /** The same on the given port (0: a free one). */
    public static EmbeddedPostgres start(Path dataDirectory, boolean cleanOnExit, int port) throws IOException {
        Files.createDirectories(dataDirectory);
        log.info("Starting embedded PostgreSQL with data in {}", dataDirectory.toAbsolutePath());
        LeftoverPostmaster.clear(dataDirectory);
        // a new directory (or one from a version before the passwords) gets them now; the server
        // then still trusts local connections until secure() below has set them, for well under a second
        DatabaseCredentials credentials = DatabaseCredentials.read(dataDirectory).orElseGet(DatabaseCredentials::generate);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(PostgresBinaries.unpackDirectory().toFile())
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(cleanOnExit)
                .setPort(port)
                // zonky's defaults are for tests (fsync and synchronous_commit off): a confirmed save
                // must survive a crash of the JVM, of PostgreSQL and of the machine
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                // zonky checks readiness as postgres through this; recovery after a crash can take a while
                .setConnectConfig("password", credentials.superuserPassword())
                .setPGStartupWait(Duration.ofSeconds(60))
                // not zonky's hook, which stops the server at once on SIGTERM, under requests still in flight
                .setRegisterShutdownHook(false)
                .start();
        StopAtExit.register(postgres, dataDirectory);
        try {
            if (DatabaseCredentials.read(dataDirectory).isEmpty()) {
                credentials.writeTo(dataDirectory);
            }
            secure(postgres, dataDirectory, credentials);
        } catch (IOException | SQLException | RuntimeException e) {
            postgres.close();
            throw new IOException("Could not secure the embedded PostgreSQL in " + dataDirectory + ": " + e.getMessage(), e);
        }
        // operators can reach it with psql -h localhost -p PORT -U skillpath while the app runs
        log.info("Embedded PostgreSQL listening on localhost:{}", postgres.getPort());
        return postgres;
    }

    /**
     * Idempotent, at every start: the passwords set, the app's role (not a superuser) owning the
     * database and every table, and pg_hba.conf asking for a password. A data directory of an earlier
     * version (trust, tables owned by postgres) is thus upgraded on its first start, and one where a
     * start broke off half-way is finished on the next.
     */
    private static void secure(EmbeddedPostgres postgres, Path dataDirectory, DatabaseCredentials credentials)
            throws SQLException, IOException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement sql = connection.createStatement()) {
            PGConnection pg = connection.unwrap(PGConnection.class);
            // hashed on this side: the password never travels or lands in a log in clear
            pg.alterUserPassword(SUPERUSER, credentials.superuserPassword().toCharArray(), "scram-sha-256");
            sql.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + APP_ROLE + "') then "
                    + "create role " + APP_ROLE + " login nosuperuser nocreatedb nocreaterole; end if; end $$");
            sql.execute("alter role " + APP_ROLE + " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls");
            pg.alterUserPassword(APP_ROLE, credentials.appPassword().toCharArray(), "scram-sha-256");
            // the database owner owns the public schema (pg_database_owner), so Liquibase may create tables
            sql.execute("alter database " + DATABASE + " owner to " + APP_ROLE);
            // tables first: their identity sequences and indexes follow them
            sql.execute("""
                    do $$
                    declare item record;
                    begin
                      for item in select c.oid::regclass as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
                                  where n.nspname = 'public' and c.relkind in ('r', 'p') and c.relowner <> '%1$s'::regrole
                      loop execute format('alter table %%s owner to %1$s', item.name); end loop;
                      for item in select c.oid::regclass as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
                                  where n.nspname = 'public' and c.relkind = 'S' and c.relowner <> '%1$s'::regrole
                      loop execute format('alter sequence %%s owner to %1$s', item.name); end loop;
                      for item in select c.oid::regclass as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
                                  where n.nspname = 'public' and c.relkind in ('v', 'm') and c.relowner <> '%1$s'::regrole
                      loop execute format('alter table %%s owner to %1$s', item.name); end loop;
                    end $$""".formatted(APP_ROLE));
            Path hba = dataDirectory.resolve("pg_hba.conf");
            if (!PG_HBA.equals(Files.readString(hba))) {
                Path temporary = dataDirectory.resolve("pg_hba.conf.new");
                Files.writeString(temporary, PG_HBA);
                Files.move(temporary, hba, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                sql.execute("select pg_reload_conf()");
                awaitPasswordsRequired(postgres.getPort());
                log.info("Embedded PostgreSQL in {} now asks every connection for a password; the app connects as "
                        + "'{}', which is not a superuser", dataDirectory.toAbsolutePath(), APP_ROLE);
            }
        }
    }

    /** The reload is asynchronous: wait until a connection without a password is refused, so no one starts on trust. */
    private static void awaitPasswordsRequired(int port) throws SQLException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            try (Connection ignored = DriverManager.getConnection(jdbcUrl(port) + "?user=" + SUPERUSER)) {
                sleep(Duration.ofMillis(20));
            } catch (SQLException refused) {
                return;
            }
        }
        throw new SQLException("PostgreSQL still accepts connections without a password after reloading pg_hba.conf");
    }

    private static void sleep(Duration duration) throws SQLException {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Interrupted", e);
        }
    }

    public static String jdbcUrl(int port) {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres, DataDirectory dataDirectory) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(jdbcUrl(postgres.getPort()));
        dataSource.setUsername(APP_ROLE);
        dataSource.setPassword(DatabaseCredentials.read(dataDirectory.path()).orElseThrow().appPassword());
        dataSource.setPoolName("skillpath-embedded");
        // during a database outage, fail a user's action within seconds instead of hanging for 30
        dataSource.setConnectionTimeout(5_000);
        // the driver's error messages leave out the server's detail, which repeats the row's values ("Failing row
        // contains (…, the user's note)"): an unexpected error is logged with its message (as for an external
        // database by spring.datasource.hikari.data-source-properties in application.properties)
        dataSource.addDataSourceProperty("logServerErrorDetail", "false");
        return dataSource;
    }
}
