package app.skillpath.base.ui;

import com.vaadin.flow.router.NotFoundException;

/**
 * A not-found whose message is written for users (for example an unknown role key); the
 * not-found page shows it as it is, unlike the router's own technical message.
 */
public class ExplainedNotFoundException extends NotFoundException {
    public ExplainedNotFoundException(String message) {
        super(message);
    }
}
