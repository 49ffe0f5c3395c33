package app.skillpath.faults;

import app.skillpath.TestApplications;
import app.skillpath.account.AccountRepository;
import app.skillpath.assessment.AssessmentRepository;
import app.skillpath.base.db.EmbeddedDatabaseConfiguration;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** A database populated at an earlier changelog state is migrated to the current one, keeping every user's data. */
@org.junit.jupiter.api.extension.ExtendWith(app.skillpath.RestoreSecurityStrategy.class)
class SchemaUpgradeTest {

    /** Changesets 001-020: everything before the colour-scheme column (021). */
    private static final int EARLIER_STATE = 20;

    @TempDir
    Path dataDirectory;

    @Test
    void a_database_from_an_earlier_changelog_state_is_upgraded_keeping_every_users_data() throws Exception {
        long userId;
        long skillId;
        try (EmbeddedPostgres postgres = EmbeddedDatabaseConfiguration.start(dataDirectory, false)) {
            // closing Liquibase closes its connection
            var database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(
                    new JdbcConnection(postgres.getPostgresDatabase().getConnection()));
            try (Liquibase liquibase = new Liquibase("db/changelog/db.changelog-master.yaml", new ClassLoaderResourceAccessor(), database)) {
                liquibase.update(EARLIER_STATE, new Contexts(), new LabelExpression());
            }
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 Statement sql = connection.createStatement()) {
                assertThat(columnExists(sql, "app_user", "color_scheme")).as("still at the earlier state").isFalse();
                sql.execute("insert into skill_area (key, name, position) values ('mathematics-statistics', 'Maths', 0)");
                sql.execute("insert into skill (key, name, description, area_id, position) "
                        + "select 'statistics', 'Stats', 'old text', id, 0 from skill_area");
                sql.execute("insert into app_user (username, display_name, password_hash) values ('Old.User', 'Old', '{bcrypt}x')");
                sql.execute("insert into skill_rating (owner_id, skill_id, level, note) "
                        + "select u.id, s.id, 3, 'rated before the upgrade' from app_user u, skill s");
                sql.execute("insert into skill_rating_history (owner_id, skill_id, level, changed_at) "
                        + "select u.id, s.id, 3, timestamptz '2026-01-05 10:00:00+00' from app_user u, skill s");
                userId = single(sql, "select id from app_user");
                skillId = single(sql, "select id from skill");
            }
        }

        try (ConfigurableApplicationContext app = TestApplications.startOn(dataDirectory)) {
            var assessment = app.getBean(AssessmentRepository.class).load(userId);
            assertThat(assessment.level("statistics")).contains(3);
            assertThat(assessment.note("statistics")).contains("rated before the upgrade");
            assertThat(app.getBean(AssessmentRepository.class).history(userId)).hasSize(1);
            assertThat(app.getBean(AccountRepository.class).findByUsername("old.user")).isPresent();
            assertThat(app.getBean(AccountRepository.class).prefersDark(userId)).as("new column, default value").isFalse();
            DSLContext dsl = app.getBean(DSLContext.class);
            assertThat(dsl.fetchValue("select id from skill where key = 'statistics'"))
                    .as("the catalog reload kept the skill's id").isEqualTo(skillId);
            assertThat(dsl.fetchCount(org.jooq.impl.DSL.table("databasechangelog"))).isGreaterThan(EARLIER_STATE);
        }
    }

    private static boolean columnExists(Statement sql, String table, String column) throws Exception {
        try (ResultSet rows = sql.executeQuery("select count(*) from information_schema.columns where table_name = '"
                + table + "' and column_name = '" + column + "'")) {
            rows.next();
            return rows.getInt(1) > 0;
        }
    }

    private static long single(Statement sql, String query) throws Exception {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
