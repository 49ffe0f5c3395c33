package app.skillpath.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import java.time.Duration;

/**
 * The app's short messages after an action, so that every page tells the same kind of news the same
 * way: a confirmation briefly at the bottom, where it does not cover what the user is working on; a
 * refusal or failure in the middle, in the error colour, long enough to be read. Call from the UI
 * thread (inside {@code ui.access} from elsewhere).
 */
public final class Notifications {

    /** A confirmation of a few words ("Saved."): seen in passing, gone before it is in the way. */
    public static final Duration SHORT = Duration.ofSeconds(3);

    /**
     * A sentence or two that must be read (what went wrong, what to do): at a reading pace of about
     * 15 characters a second, time for the app's longest such message (about 150 characters).
     */
    public static final Duration LONG = Duration.ofSeconds(8);

    private Notifications() {
    }

    /** The user's change was stored. */
    public static Notification saved(String message) {
        return saved(message, SHORT);
    }

    /** The user's change was stored; a longer message stays longer. */
    public static Notification saved(String message, Duration duration) {
        Notification notification = show(message, duration, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return notification;
    }

    /** News about the user's action that is neither a success to celebrate nor a problem. */
    public static Notification info(String message) {
        return show(message, SHORT, Notification.Position.BOTTOM_START);
    }

    /** The action was refused or failed; the message says why and what to do. */
    public static Notification error(String message) {
        Notification notification = show(message, LONG, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        return notification;
    }

    private static Notification show(String message, Duration duration, Notification.Position position) {
        return Notification.show(message, Math.toIntExact(duration.toMillis()), position);
    }
}
