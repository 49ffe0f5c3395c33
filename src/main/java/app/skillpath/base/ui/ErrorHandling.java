package app.skillpath.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

import java.sql.SQLException;

/**
 * Unexpected errors in a user's action (a database outage, a bug) are logged with their stack trace
 * and shown to the user as a plain message, never as a stack trace. Expected refusals (bad input)
 * are handled where they happen and never reach this.
 */
@Component
public class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    public static final String DATABASE_DOWN = "Skillpath cannot reach its database right now, so your last change was not saved. "
            + "Everything saved before is safe. Please try again in a moment.";
    static final String UNEXPECTED = "Something went wrong and your last action was not completed. Please try again; "
            + "if it keeps happening, tell whoever runs this Skillpath.";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(ErrorHandling::handle));
    }

    static void handle(ErrorEvent event) {
        Throwable error = event.getThrowable();
        log.error("Unexpected error in a user action", error);
        UI ui = UI.getCurrent();
        if (ui != null) {
            String message = messageFor(error);
            ui.access(() -> Notifications.error(message).setId("error-notification"));
        }
    }

    /** The message a user sees for an unexpected error. */
    public static String messageFor(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessException || cause instanceof TransactionException || cause instanceof SQLException) {
                return DATABASE_DOWN;
            }
        }
        return UNEXPECTED;
    }
}
