package app.skillpath.account.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;

/**
 * Anonymous sessions end after {@code skillpath.session.anonymous-timeout} (default 3 minutes) without a
 * request, logged-in ones after {@code server.servlet.session.timeout} (default 30 minutes). Every page
 * view holds a session with a Vaadin UI, and a client that loads pages without keeping them open (a bot,
 * a script) left each for the full 30 minutes: thousands of them cost hundreds of megabytes. An open
 * tab keeps its session alive with Vaadin's heartbeat ({@code vaadin.heartbeatInterval}, which must stay
 * well below the anonymous timeout). Decided after each request, from whether the session holds a
 * login, so a login (form, or the one after sign-up) raises the timeout and a logout lowers it.
 * <p>
 * Ordered before Spring Security's filter chain, so that it also sees the requests that chain answers itself:
 * a failed login post ends there (a redirect to /login?error, the failure kept in a new session), and placed
 * after the chain this filter never saw it, so each such post left a session for the full 30 minutes
 * (AnonymousSessionTimeoutIT).
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1)
class AnonymousSessionTimeout extends OncePerRequestFilter {

    private final int anonymousSeconds;
    private final int loggedInSeconds;

    AnonymousSessionTimeout(@Value("${skillpath.session.anonymous-timeout:3m}") Duration anonymous,
                            @Value("${server.servlet.session.timeout:30m}") Duration loggedIn) {
        this.anonymousSeconds = Math.toIntExact(anonymous.toSeconds());
        this.loggedInSeconds = Math.toIntExact(loggedIn.toSeconds());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            HttpSession session = request.getSession(false);
            if (session != null) {
                try {
                    boolean loggedIn = session.getAttribute(
                            HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null;
                    int wanted = loggedIn ? loggedInSeconds : anonymousSeconds;
                    if (session.getMaxInactiveInterval() != wanted) {
                        session.setMaxInactiveInterval(wanted);
                    }
                } catch (IllegalStateException invalidated) {
                    // the request ended its session (a logout): nothing to time out
                }
            }
        }
    }
}
