package app.skillpath.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The lockout rule, as plain logic: after {@value #MAX_FAILURES} failed logins for a username within
 * {@link #WINDOW}, further attempts are refused until {@link #LOCK} has passed. A success resets it.
 */
public final class LoginThrottle {

    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK = Duration.ofMinutes(15);

    /** Failed logins counted since {@code windowStartsAt}; {@code lockedUntil} once the limit was hit. */
    public record Failures(int count, Instant windowStartsAt, Optional<Instant> lockedUntil) {
    }

    private LoginThrottle() {
    }

    public static boolean isLocked(Optional<Failures> failures, Instant now) {
        return lockedUntil(failures, now).isPresent();
    }

    /** When the lock ends, if the username is locked now. */
    public static Optional<Instant> lockedUntil(Optional<Failures> failures, Instant now) {
        return failures.flatMap(Failures::lockedUntil).filter(until -> until.isAfter(now));
    }

    /** The state after one more failed login at {@code now}. */
    public static Failures afterFailure(Optional<Failures> current, Instant now) {
        if (current.isEmpty() || isStale(current.get(), now)) {
            return new Failures(1, now, Optional.empty());
        }
        int count = current.get().count() + 1;
        Optional<Instant> lockedUntil = count >= MAX_FAILURES ? Optional.of(now.plus(LOCK)) : Optional.empty();
        return new Failures(count, current.get().windowStartsAt(), lockedUntil);
    }

    /** A window that has passed (and any lock in it ended) no longer counts. */
    public static boolean isStale(Failures failures, Instant now) {
        boolean windowOver = !failures.windowStartsAt().plus(WINDOW).isAfter(now);
        boolean lockOver = failures.lockedUntil().map(until -> !until.isAfter(now)).orElse(true);
        return windowOver && lockOver;
    }
}
