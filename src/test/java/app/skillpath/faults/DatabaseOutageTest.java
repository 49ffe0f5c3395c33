package app.skillpath.faults;

import app.skillpath.TestApplications;
import app.skillpath.account.AccountService;
import app.skillpath.account.SkillpathUser;
import app.skillpath.assessment.AssessmentService;
import app.skillpath.base.db.EmbeddedDatabaseConfiguration;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import app.skillpath.base.ui.ErrorHandling;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded PostgreSQL stops while a user works: the action fails with a database error (which
 * the UI turns into a plain message), completed saves are kept, and once the database is back the
 * app works again without a restart.
 */
@org.junit.jupiter.api.extension.ExtendWith(app.skillpath.RestoreSecurityStrategy.class)
class DatabaseOutageTest {

    @TempDir
    Path dataDirectory;

    private ConfigurableApplicationContext app;
    private EmbeddedPostgres restarted;

    @AfterEach
    void stop() throws Exception {
        SecurityContextHolder.clearContext();
        if (app != null) {
            app.close();
        }
        if (restarted != null) {
            restarted.close();
        }
    }

    @Test
    void a_database_outage_fails_the_action_keeps_completed_saves_and_recovers_without_a_restart() throws Exception {
        app = TestApplications.startOn(dataDirectory);
        var account = app.getBean(AccountService.class).signUp("outage", null, "a long enough password", "a long enough password");
        SkillpathUser user = new SkillpathUser(account.id(), account.username(), null, "n/a");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        AssessmentService assessment = app.getBean(AssessmentService.class);
        assessment.rate("statistics", 2);

        EmbeddedPostgres postgres = app.getBean(EmbeddedPostgres.class);
        int port = postgres.getPort();
        postgres.close();

        long started = System.nanoTime();
        assertThatThrownBy(() -> assessment.rate("statistics", 3))
                .satisfies(error -> assertThat(ErrorHandling.messageFor(error)).isEqualTo(ErrorHandling.DATABASE_DOWN));
        assertThat((System.nanoTime() - started) / 1_000_000_000.0).as("seconds until the user hears of it").isLessThan(15);

        restarted = EmbeddedDatabaseConfiguration.start(dataDirectory, false, port);
        // Hikari re-checks a pooled connection only when it has been idle for over 500 ms; a user's
        // next click comes later than that, so wait as long before acting again
        Thread.sleep(1_000);

        assertThat(assessment.mine().level("statistics")).as("the completed save survived").contains(2);
        assessment.rate("statistics", 3);
        assertThat(assessment.mine().level("statistics")).contains(3);
    }
}
