package app.skillpath.operations;

import app.skillpath.operations.SkillpathMetrics.LoginOutcome;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts logins from the events Spring Security's {@code AuthenticationManager} publishes: one per attempt, whatever
 * the page that made it. The lockout refuses with a {@code LockedException}, which the publisher turns into an
 * {@link AuthenticationFailureLockedEvent}; every other refusal is a failed login. The account page's check of the
 * current password does not go through the authentication manager, so it is not counted as a login.
 */
@Component
class LoginEvents {

    private final SkillpathMetrics metrics;

    LoginEvents(SkillpathMetrics metrics) {
        this.metrics = metrics;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        metrics.loginAttempted(LoginOutcome.SUCCEEDED);
    }

    @EventListener
    void refused(AbstractAuthenticationFailureEvent event) {
        metrics.loginAttempted(event instanceof AuthenticationFailureLockedEvent ? LoginOutcome.LOCKED_OUT : LoginOutcome.FAILED);
    }
}
