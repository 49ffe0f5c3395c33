package app.skillpath.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** Counts failed logins per username in the database and applies {@link LoginThrottle}. */
@Service
public class LoginLockout {

    private static final Logger log = LoggerFactory.getLogger(LoginLockout.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final LoginFailureRepository repository;
    private final Clock clock;

    public LoginLockout(LoginFailureRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * One login attempt (or check of the current password) for a username: refused while locked, else
     * let through as attempt number {@code count} of the window.
     */
    public record Attempt(int count, Optional<Instant> refusedUntil) {
    }

    /**
     * Counts an attempt <em>before</em> its password is checked, in its own transaction with the
     * counter's row locked: however many attempts for one name run at once, only
     * {@value LoginThrottle#MAX_FAILURES} per window reach the password check and the rest are
     * refused. Counting after the check let 40 parallel attempts all pass a lock check that none of
     * them had recorded yet. A right password then resets the count ({@link #succeeded}).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Attempt countAttempt(String username) {
        String key = UsernamePolicy.key(username);
        if (key.isEmpty()) {
            return new Attempt(0, Optional.empty());
        }
        Instant now = clock.instant();
        repository.purgeStale(now);
        LoginThrottle.Failures first = LoginThrottle.afterFailure(Optional.empty(), now);
        // a success may delete the row between the two statements; then this attempt is a first one again
        for (int tries = 0; tries < 10; tries++) {
            if (repository.insertIfAbsent(key, first)) {
                return new Attempt(first.count(), Optional.empty());
            }
            Optional<LoginThrottle.Failures> current = repository.findForUpdate(key);
            if (current.isEmpty()) {
                continue;
            }
            Optional<Instant> lockedUntil = LoginThrottle.lockedUntil(current, now);
            if (lockedUntil.isPresent()) {
                // refused attempts are not counted, so a lock is not prolonged by knocking on it
                return new Attempt(current.get().count(), lockedUntil);
            }
            LoginThrottle.Failures next = LoginThrottle.afterFailure(current, now);
            repository.save(key, next);
            return new Attempt(next.count(), Optional.empty());
        }
        throw new IllegalStateException("The failed-login counter kept changing under this attempt");
    }

    /** The attempt's password was wrong: it is counted already; log when it was the one that locks the name. */
    public void failed(String username, Attempt attempt) {
        if (attempt.count() >= LoginThrottle.MAX_FAILURES) {
            // no password or other detail in the log, only the name tried
            log.warn("Login for username '{}' locked until {} after {} failed attempts",
                    UsernamePolicy.key(username).replaceAll("\\p{Cntrl}", "?"), clock.instant().plus(LoginThrottle.LOCK),
                    attempt.count());
        }
    }

    /**
     * The attempt's password was right: the count starts again. Its own transaction, so that a later
     * refusal in the caller's transaction (a too short new password, say) does not leave it counted.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String username) {
        repository.delete(UsernamePolicy.key(username));
    }

    /** What a user is told while their username is locked. */
    public static String lockedMessage(Instant until) {
        return "Too many failed logins for this username. For your safety, logging in is paused until "
                + TIME.format(until) + ". Try again then.";
    }

    @Transactional
    public void reset(String username) {
        repository.delete(UsernamePolicy.key(username));
    }
}
