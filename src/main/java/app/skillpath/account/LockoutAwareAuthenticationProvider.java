package app.skillpath.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Refuses logins for a locked username before the password is even checked, counts wrong
 * passwords (also for names without an account, so the lockout does not reveal which exist)
 * and resets the count on success.
 */
public class LockoutAwareAuthenticationProvider implements AuthenticationProvider {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final AuthenticationProvider passwordCheck;
    private final LoginLockout lockout;

    public LockoutAwareAuthenticationProvider(AuthenticationProvider passwordCheck, LoginLockout lockout) {
        this.passwordCheck = passwordCheck;
        this.lockout = lockout;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        lockout.lockedUntil(username).ifPresent(until -> {
            throw new LockedException("Too many failed logins for this username. For your safety, logging in is paused until "
                    + TIME.format(until) + ". Try again then.");
        });
        try {
            Authentication result = passwordCheck.authenticate(authentication);
            lockout.reset(username);
            return result;
        } catch (BadCredentialsException e) {
            lockout.recordFailure(username);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwordCheck.supports(authentication);
    }
}
