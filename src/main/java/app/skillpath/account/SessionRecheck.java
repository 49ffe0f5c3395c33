package app.skillpath.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Ends, on this node, the logged-in sessions that a password change or an account deletion made on any node has
 * outlived. The in-memory session registry only knows this node's sessions; the database knows the account's
 * session epoch (or that the account is gone), so each logged-in session compares its login's epoch with the
 * database's, at most once per {@code interval}: other nodes end such a session within that time, this node at once
 * (AccountSessions). An outlived session is marked expired in the registry, so that the ConcurrentSessionFilter right
 * after this filter logs it out the same way as a session ended on this node, Vaadin requests included.
 * <p>
 * Part of the security filter chain (SecurityConfiguration), not a servlet filter of its own; anonymous requests and
 * requests within the interval cost no SQL.
 */
public class SessionRecheck extends OncePerRequestFilter {

    /** The session attribute holding when the session's next check is due (epoch milliseconds). */
    static final String NEXT_CHECK = SessionRecheck.class.getName() + ".nextCheck";

    private static final Logger log = LoggerFactory.getLogger(SessionRecheck.class);

    private final AccountSessions accountSessions;
    private final Clock clock;
    private final long intervalMillis;

    public SessionRecheck(AccountSessions accountSessions, Clock clock, Duration interval) {
        this.accountSessions = accountSessions;
        this.clock = clock;
        this.intervalMillis = interval.toMillis();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            SkillpathUser user = loggedIn(session);
            if (user != null && due(session)) {
                try {
                    if (!accountSessions.stillValid(user)) {
                        accountSessions.expire(session.getId(), user);
                    }
                } catch (DataAccessException unreachable) {
                    // The database is down: the page says so itself (ErrorHandling); failing here turned every due
                    // request of a logged-in user into a bare 500. Nothing can be read or changed without the
                    // database, so the session goes on, and its next request checks again.
                    checkOnNextRequest(session);
                    log.warn("Could not recheck a session's account: {}", unreachable.getClass().getSimpleName());
                }
            }
        }
        chain.doFilter(request, response);
    }

    /** The user this session logged in as, read from the session itself (the context holder is not filled yet). */
    private static SkillpathUser loggedIn(HttpSession session) {
        try {
            return session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) instanceof SecurityContext context
                    && context.getAuthentication() != null && context.getAuthentication().getPrincipal() instanceof SkillpathUser user
                    ? user : null;
        } catch (IllegalStateException invalidated) {
            // invalidated by a parallel request of the same session (a logout) since getSession above
            return null;
        }
    }

    /**
     * Whether this request is the one to check now: the first of a logged-in session, then the first after each
     * interval. Of parallel requests of one session only the one that moves the due time on checks.
     */
    private boolean due(HttpSession session) {
        long now = clock.millis();
        NextCheck next;
        try {
            if (session.getAttribute(NEXT_CHECK) instanceof NextCheck stored) {
                next = stored;
            } else {
                next = new NextCheck();
                session.setAttribute(NEXT_CHECK, next);
            }
        } catch (IllegalStateException invalidated) {
            return false;
        }
        long dueAt = next.millis.get();
        return now >= dueAt && next.millis.compareAndSet(dueAt, now + intervalMillis);
    }

    private static void checkOnNextRequest(HttpSession session) {
        try {
            if (session.getAttribute(NEXT_CHECK) instanceof NextCheck next) {
                next.millis.set(Long.MIN_VALUE);
            }
        } catch (IllegalStateException invalidated) {
            // nothing left to check
        }
    }

    /** Mutable in place, so that parallel requests of one session agree on who checks. */
    static final class NextCheck implements Serializable {
        private final AtomicLong millis = new AtomicLong(Long.MIN_VALUE);
    }
}
