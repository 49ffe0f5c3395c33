package app.skillpath.base.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** No one gets into the embedded database without its password, and the app itself is no superuser. */
class EmbeddedDatabaseSecurityTest {

    @TempDir
    Path dataDirectory;

    @Test
    void a_connection_without_a_password_or_with_a_wrong_one_is_refused() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedDatabaseConfiguration.start(dataDirectory, false)) {
            String url = EmbeddedDatabaseConfiguration.jdbcUrl(postgres.getPort());
            for (String user : new String[] {"postgres", "skillpath"}) {
                assertThatThrownBy(() -> DriverManager.getConnection(url + "?user=" + user).close())
                        .as(user + " without a password").isInstanceOf(SQLException.class);
                assertThatThrownBy(() -> DriverManager.getConnection(url, user, "not the password").close())
                        .as(user + " with a wrong password").hasMessageContaining("password authentication failed");
            }
            assertThat(Files.readString(dataDirectory.resolve("pg_hba.conf"))).doesNotContain("trust");
        }
    }

    @Test
    void the_app_connects_as_a_role_that_is_not_a_superuser() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedDatabaseConfiguration.start(dataDirectory, false)) {
            DataSource dataSource = new EmbeddedDatabaseConfiguration().dataSource(postgres, new EmbeddedDatabaseConfiguration.DataDirectory(dataDirectory));
            try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
                assertThat(text(sql, "select current_user")).isEqualTo("skillpath");
                assertThat(text(sql, "select rolsuper::text from pg_roles where rolname = current_user")).isEqualTo("false");
                assertThat(text(sql, "select rolcreaterole::text from pg_roles where rolname = current_user")).isEqualTo("false");
                sql.execute("create table app_owned (id int)"); // what Liquibase needs
                // a confirmed save is on disk before it is confirmed (zonky's test defaults turn these off)
                assertThat(text(sql, "show fsync")).isEqualTo("on");
                assertThat(text(sql, "show synchronous_commit")).isEqualTo("on");
                assertThat(text(sql, "show full_page_writes")).isEqualTo("on");
            } finally {
                ((AutoCloseable) dataSource).close();
            }
        }
    }

    @Test
    void the_passwords_are_random_and_kept_in_a_file_only_its_owner_can_read() throws Exception {
        EmbeddedDatabaseConfiguration.start(dataDirectory, false).close();
        Path file = DatabaseCredentials.file(dataDirectory);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        DatabaseCredentials credentials = DatabaseCredentials.read(dataDirectory).orElseThrow();
        assertThat(Base64.getUrlDecoder().decode(credentials.appPassword())).hasSize(24);
        assertThat(Base64.getUrlDecoder().decode(credentials.superuserPassword())).hasSize(24);
        assertThat(credentials.appPassword()).isNotEqualTo(credentials.superuserPassword());
        assertThat(credentials.toString()).doesNotContain(credentials.appPassword());

        try (EmbeddedPostgres again = EmbeddedDatabaseConfiguration.start(dataDirectory, false)) {
            assertThat(DatabaseCredentials.read(dataDirectory)).as("kept across restarts").contains(credentials);
        }
    }

    @Test
    void a_data_directory_of_an_earlier_version_with_trust_and_tables_of_postgres_is_secured_on_its_first_start()
            throws Exception {
        // as every version before this one left it: trust for local connections, everything owned by postgres
        try (EmbeddedPostgres earlier = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false).start();
             Connection connection = earlier.getPostgresDatabase().getConnection();
             Statement sql = connection.createStatement()) {
            sql.execute("create table app_user (id bigint generated always as identity primary key, username text)");
            sql.execute("insert into app_user (username) values ('kept')");
            sql.execute("create sequence standalone_sequence");
            // a role anyone on the machine could create while localhost was trusted
            sql.execute("create role intruder login superuser password 'known to the intruder'");
        }
        assertThat(Files.exists(DatabaseCredentials.file(dataDirectory))).isFalse();

        try (EmbeddedPostgres postgres = EmbeddedDatabaseConfiguration.start(dataDirectory, false)) {
            String url = EmbeddedDatabaseConfiguration.jdbcUrl(postgres.getPort());
            assertThatThrownBy(() -> DriverManager.getConnection(url + "?user=postgres").close()).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(url, "intruder", "known to the intruder").close())
                    .as("a role left over from the trust era").isInstanceOf(SQLException.class);
            try (Connection connection = DriverManager.getConnection(url, "skillpath",
                    DatabaseCredentials.read(dataDirectory).orElseThrow().appPassword());
                 Statement sql = connection.createStatement()) {
                assertThat(text(sql, "select username from app_user")).isEqualTo("kept");
                sql.execute("insert into app_user (username) values ('added after the upgrade')");
                sql.execute("alter table app_user add column display_name text"); // a later Liquibase change
                assertThat(text(sql, "select nextval('standalone_sequence')::text")).isEqualTo("1");
                assertThat(text(sql, "select string_agg(distinct pg_get_userbyid(relowner), ',') from pg_class c "
                        + "join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public'")).isEqualTo("skillpath");
            }
        }
    }

    @Test
    void postgresql_runs_from_a_directory_only_this_account_can_write_to() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedDatabaseConfiguration.start(dataDirectory, false)) {
            long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).getFirst().trim());
            Path program = Path.of("/proc", Long.toString(pid), "exe").toRealPath();
            Path binaries = PostgresBinaries.directory().toRealPath();

            assertThat(program).startsWith(binaries);
            assertThat(program.toString()).doesNotContain("/tmp/embedded-pg");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(binaries))).isEqualTo("rwx------");
        }
    }

    @Test
    void a_directory_for_postgresqls_programs_that_others_can_write_to_is_refused(@TempDir Path shared) throws Exception {
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
        String before = System.getProperty(PostgresBinaries.DIRECTORY_PROPERTY);
        System.setProperty(PostgresBinaries.DIRECTORY_PROPERTY, shared.toString());
        try {
            assertThatThrownBy(() -> EmbeddedDatabaseConfiguration.start(dataDirectory, false).close())
                    .hasMessageContaining("another account could put programs there that the app would run");
            assertThat(shared.resolve("PG-")).doesNotExist();
            try (var entries = Files.list(shared)) {
                assertThat(entries).as("nothing unpacked there").isEmpty();
            }
        } finally {
            if (before == null) {
                System.clearProperty(PostgresBinaries.DIRECTORY_PROPERTY);
            } else {
                System.setProperty(PostgresBinaries.DIRECTORY_PROPERTY, before);
            }
        }
    }

    private static String text(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
