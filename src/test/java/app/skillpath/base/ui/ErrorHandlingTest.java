package app.skillpath.base.ui;

import app.skillpath.KaribuTest;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

class ErrorHandlingTest extends KaribuTest {

    @Test
    void a_failing_action_shows_a_plain_message_not_a_stack_trace() {
        navigate("roles");

        VaadinSession.getCurrent().getErrorHandler()
                .error(new ErrorEvent(new DataAccessResourceFailureException("Connection refused")));
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new IllegalStateException("a bug")));

        assertThat(getNotifications()).extracting(ErrorHandlingTest::text)
                .containsExactly(ErrorHandling.DATABASE_DOWN, ErrorHandling.UNEXPECTED);
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

    private static String text(Notification notification) {
        return notification.getElement().getProperty("text", "");
    }
}
