package app.skillpath.account.ui;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.NavigationAccessControl;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a visitor was going when Vaadin's navigation access control sent them to log in: it keeps the path in the
 * session (and the login form's success handler follows it). Signing up follows it too, so that someone who got an
 * invitation link and has no account yet lands on the invitation after creating one.
 */
final class StoredRedirect {

    /**
     * A path within the app: no scheme, no host, no leading slash or backslash (which a browser could read as another
     * host), only the characters of the app's routes and their queries.
     */
    private static final Pattern RELATIVE_PATH = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._~/?=&%+-]{0,500}");

    /** The stored redirect of the logged-out visitor on an invitation link starts with this (the route's path). */
    static final String INVITATION_PREFIX = "invitation/";

    private StoredRedirect() {
    }

    /** The stored path if it is one within the app; an absolute address (or anything odd) is never followed. */
    static Optional<String> peek(VaadinSession session) {
        WrappedSession wrapped = session == null ? null : session.getSession();
        Object stored = wrapped == null ? null : wrapped.getAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT);
        return stored instanceof String path && isWithinTheApp(path) ? Optional.of(path) : Optional.empty();
    }

    /** The stored path as {@link #peek}, removed from the session: it is followed once. */
    static Optional<String> take(VaadinSession session) {
        Optional<String> path = peek(session);
        WrappedSession wrapped = session == null ? null : session.getSession();
        if (wrapped != null) {
            wrapped.removeAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT);
            wrapped.removeAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT_ABSOLUTE);
        }
        return path;
    }

    static boolean isWithinTheApp(String path) {
        return RELATIVE_PATH.matcher(path).matches() && !path.contains("//") && !path.contains(":");
    }
}
