package app.skillpath.base.ui;

import app.skillpath.KaribuTest;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataAccessResourceFailureException;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class ErrorHandlingTest extends KaribuTest {

    @Test
    void a_failing_action_shows_a_plain_message_not_a_stack_trace() {
        navigate("roles");

        VaadinSession.getCurrent().getErrorHandler()
                .error(new ErrorEvent(new DataAccessResourceFailureException("Connection refused")));
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new IllegalStateException("a bug")));

        // the texts as a user reads them, written out: a constant compared with itself could not catch a changed message
        assertThat(getNotifications()).extracting(ErrorHandlingTest::text).containsExactly(
                "Skillpath cannot reach its database right now, so your last change was not saved. "
                        + "Everything saved before is safe. Please try again in a moment.",
                "Something went wrong and your last action was not completed. Please try again; "
                        + "if it keeps happening, tell whoever runs this Skillpath.");
        assertThat(getNotifications()).allSatisfy(n -> assertThat(text(n)).doesNotContain("Exception").doesNotContain("at app."));
    }

    @Test
    void a_page_that_fails_to_open_explains_itself_without_a_stack_trace() {
        navigate("test-failing-page");

        _get(UnexpectedErrorView.class);
        assertThat(markup("unexpected-error-explanation").text()).isEqualTo("Skillpath cannot reach its database right now, "
                + "so this page could not be opened. Everything saved before is safe. Please try again in a moment.");
        assertThat(pageText()).doesNotContain("DataAccessResourceFailureException").doesNotContain("Connection refused");
    }

    @Test
    void a_page_that_fails_for_another_reason_says_so_in_its_own_words() {
        navigate("test-broken-page");

        _get(UnexpectedErrorView.class);
        assertThat(markup("unexpected-error-explanation").text()).isEqualTo(
                "Something went wrong and this page could not be opened. Please try again; "
                        + "if it keeps happening, tell whoever runs this Skillpath.");
        assertThat(pageText()).doesNotContain("IllegalStateException").doesNotContain("a bug in the page");
    }

    @Test
    void a_page_that_fails_to_open_is_logged_by_its_route_without_its_parameters(CapturedOutput output) {
        // as /invitation/<token> would during a database outage: the token is the invitation, so not for the log
        navigate("test-failing-secret/SECRET-TOKEN-5678");

        _get(UnexpectedErrorView.class);
        assertThat(output).contains("Could not open /test-failing-secret/…").contains("DataAccessResourceFailureException")
                .doesNotContain("SECRET-TOKEN-5678");
    }

    /** A page whose address holds a secret and that fails as it opens, through the database (test sources only). */
    @Route(value = "test-failing-secret/:token", layout = MainLayout.class)
    @AnonymousAllowed
    public static class FailingSecretTestView extends Main {
        public FailingSecretTestView() {
            throw new DataAccessResourceFailureException("Connection refused (simulated outage)");
        }
    }

    /** A page with a bug (test sources only): fails as it opens, not through the database. */
    @Route(value = "test-broken-page", layout = MainLayout.class)
    @AnonymousAllowed
    public static class BrokenTestView extends Main {
        public BrokenTestView() {
            throw new IllegalStateException("a bug in the page");
        }
    }

    private static String text(Notification notification) {
        return notification.getElement().getProperty("text", "");
    }
}
