package app.skillpath.account.ui;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.savedrequest.DefaultSavedRequest;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a visitor was going when they were sent to log in, kept in the session so that the login brings them back
 * (the login form's success handler follows it). Signing up follows it too, so that someone who got an invitation
 * link and has no account yet lands on the invitation after creating one.
 * <p>
 * It is kept in one of two places: a page opened by its address (a link in a message) is stopped by Spring Security,
 * which keeps the request in its request cache before redirecting to the login page; a navigation inside the app is
 * stopped by Vaadin's navigation access control, which keeps the path in a session attribute.
 */
final class StoredRedirect {

    /**
     * A path within the app: no scheme, no host, no leading slash or backslash (which a browser could read as another
     * host), only the characters of the app's routes and their queries.
     */
    private static final Pattern RELATIVE_PATH = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._~/?=&%+-]{0,500}");

    /** Spring Security's default request cache, which Vaadin's request cache delegates to. */
    private static final RequestCache SPRING_CACHE = new HttpSessionRequestCache();

    private StoredRedirect() {
    }

    /** The stored path if it is one within the app; an absolute address (or anything odd) is never followed. */
    static Optional<String> peek(VaadinSession session) {
        WrappedSession wrapped = session == null ? null : session.getSession();
        if (wrapped == null) {
            return Optional.empty();
        }
        Object stored = wrapped.getAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT);
        if (stored instanceof String path) {
            return isWithinTheApp(path) ? Optional.of(path) : Optional.empty();
        }
        return servletRequest().map(request -> SPRING_CACHE.getRequest(request, null))
                .flatMap(StoredRedirect::pathOf).filter(StoredRedirect::isWithinTheApp);
    }

    /** The stored path as {@link #peek}, removed from the session: it is followed once. */
    static Optional<String> take(VaadinSession session) {
        Optional<String> path = peek(session);
        WrappedSession wrapped = session == null ? null : session.getSession();
        if (wrapped != null) {
            wrapped.removeAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT);
            wrapped.removeAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT_ABSOLUTE);
            servletRequest().ifPresent(request -> SPRING_CACHE.removeRequest(request, null));
        }
        return path;
    }

    private static Optional<HttpServletRequest> servletRequest() {
        return Optional.ofNullable(VaadinServletRequest.getCurrent()).map(VaadinServletRequest::getHttpServletRequest);
    }

    /** The saved request's path below the app's root, with its query; nothing for a request of another kind. */
    private static Optional<String> pathOf(SavedRequest saved) {
        if (!(saved instanceof DefaultSavedRequest request) || !"GET".equals(request.getMethod())) {
            return Optional.empty();
        }
        return pathBelow(request.getContextPath(), request.getRequestURI(), request.getQueryString());
    }

    static Optional<String> pathBelow(String contextPath, String requestUri, String query) {
        String root = (contextPath == null ? "" : contextPath) + "/";
        if (requestUri == null || !requestUri.startsWith(root)) {
            return Optional.empty();
        }
        String path = requestUri.substring(root.length());
        return Optional.of(query == null || query.isEmpty() ? path : path + "?" + query);
    }

    static boolean isWithinTheApp(String path) {
        return RELATIVE_PATH.matcher(path).matches() && !path.contains("//") && !path.contains(":") && !climbs(path);
    }

    /**
     * Whether the path has a "." or ".." segment, which the browser resolves away: "./" + "invitation/../../x" leaves
     * the app's context path for whatever else the host serves. URL parsing reads "%2e" as a dot in such a segment,
     * so that counts too. No route of the app has one.
     */
    private static boolean climbs(String path) {
        int query = path.indexOf('?');
        String segments = (query < 0 ? path : path.substring(0, query)).toLowerCase(java.util.Locale.ROOT).replace("%2e", ".");
        for (String segment : segments.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return true;
            }
        }
        return false;
    }
}
