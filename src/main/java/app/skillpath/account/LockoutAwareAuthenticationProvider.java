package app.skillpath.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;

/**
 * Counts every login attempt before its password is checked and refuses it unchecked while the
 * username is locked (also for names without an account, so the lockout does not reveal which
 * exist); a right password resets the count.
 */
public class LockoutAwareAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwordCheck;
    private final LoginLockout lockout;

    public LockoutAwareAuthenticationProvider(AuthenticationProvider passwordCheck, LoginLockout lockout) {
        this.passwordCheck = passwordCheck;
        this.lockout = lockout;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        LoginLockout.Attempt attempt = lockout.countAttempt(username);
        attempt.refusedUntil().ifPresent(until -> {
            throw new LockedException(LoginLockout.lockedMessage(until));
        });
        try {
            Authentication result = passwordCheck.authenticate(authentication);
            lockout.succeeded(username);
            return result;
        } catch (BadCredentialsException e) {
            lockout.failed(username, attempt);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwordCheck.supports(authentication);
    }
}
