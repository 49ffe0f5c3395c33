package app.skillpath.base.db;

import app.skillpath.TestApplications;
import app.skillpath.account.AccountService;
import app.skillpath.assessment.AssessmentRepository;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;

import static app.skillpath.db.generated.Tables.ROLE;
import static org.assertj.core.api.Assertions.assertThat;

/** The default embedded database keeps its data in the data directory across restarts of the app. */
@org.junit.jupiter.api.extension.ExtendWith(app.skillpath.RestoreSecurityStrategy.class)
class EmbeddedDatabaseRestartTest {

    @TempDir
    Path dataDirectory;

    @Test
    void data_written_before_a_restart_is_there_after_it() {
        long ownerId;
        try (ConfigurableApplicationContext first = start()) {
            ownerId = first.getBean(AccountService.class).signUp("restarter", null, "a long enough password",
                    "a long enough password").id();
            first.getBean(AssessmentRepository.class).rate(ownerId, "statistics", 3, OffsetDateTime.now());
            DSLContext dsl = first.getBean(DSLContext.class);
            dsl.execute("create table restart_marker (note text)");
            dsl.execute("insert into restart_marker values ('written before the restart')");
            assertThat(dsl.fetchCount(ROLE)).isEqualTo(2);
        }
        assertThat(Files.exists(dataDirectory.resolve("PG_VERSION"))).isTrue();

        try (ConfigurableApplicationContext second = start()) {
            DSLContext dsl = second.getBean(DSLContext.class);
            assertThat(dsl.fetchValue("select note from restart_marker", String.class))
                    .isEqualTo("written before the restart");
            assertThat(dsl.fetchCount(ROLE)).as("catalog reloaded, not duplicated").isEqualTo(2);
            assertThat(dsl.fetchCount(DSL.table("databasechangelog"))).isPositive();
            assertThat(second.getBean(AssessmentRepository.class).load(ownerId).level("statistics")).contains(3);
        }
    }

    private ConfigurableApplicationContext start() {
        return TestApplications.startOn(dataDirectory);
    }
}
