package app.skillpath.account;

import app.skillpath.account.LoginThrottle.Failures;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    private static final Instant START = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void four_failures_do_not_lock_and_the_fifth_does_for_fifteen_minutes() {
        Optional<Failures> state = Optional.empty();
        for (int i = 0; i < 4; i++) {
            state = Optional.of(LoginThrottle.afterFailure(state, START.plusSeconds(60L * i)));
            assertThat(LoginThrottle.isLocked(state, START.plusSeconds(60L * i))).isFalse();
        }
        Instant fifth = START.plusSeconds(240);
        state = Optional.of(LoginThrottle.afterFailure(state, fifth));

        assertThat(state.get().count()).isEqualTo(5);
        assertThat(LoginThrottle.lockedUntil(state, fifth)).contains(fifth.plus(Duration.ofMinutes(15)));
        assertThat(LoginThrottle.isLocked(state, fifth.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(LoginThrottle.isLocked(state, fifth.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void failures_spread_over_more_than_fifteen_minutes_start_a_new_count() {
        Optional<Failures> state = Optional.empty();
        for (int i = 0; i < 4; i++) {
            state = Optional.of(LoginThrottle.afterFailure(state, START.plus(Duration.ofMinutes(i))));
        }
        Failures later = LoginThrottle.afterFailure(state, START.plus(Duration.ofMinutes(16)));

        assertThat(later.count()).isEqualTo(1);
        assertThat(later.lockedUntil()).isEmpty();
    }

    @Test
    void after_a_lock_ends_the_next_failure_counts_from_one() {
        Failures locked = new Failures(5, START, Optional.of(START.plus(Duration.ofMinutes(15))));

        Failures next = LoginThrottle.afterFailure(Optional.of(locked), START.plus(Duration.ofMinutes(31)));

        assertThat(next.count()).isEqualTo(1);
        assertThat(LoginThrottle.isStale(locked, START.plus(Duration.ofMinutes(10)))).isFalse();
    }

    @Test
    void a_lock_that_outlasts_its_window_still_counts_until_it_ends() {
        // five failures spread over ten minutes: the lock from the fifth runs 10 minutes past the window's end
        Failures locked = new Failures(5, START, Optional.of(START.plus(Duration.ofMinutes(25))));
        Instant afterWindowInLock = START.plus(Duration.ofMinutes(20));

        assertThat(LoginThrottle.isStale(locked, afterWindowInLock)).isFalse();
        Failures next = LoginThrottle.afterFailure(Optional.of(locked), afterWindowInLock);
        assertThat(next.count()).isEqualTo(6);
        assertThat(next.windowStartsAt()).isEqualTo(START);
        assertThat(next.lockedUntil()).contains(afterWindowInLock.plus(Duration.ofMinutes(15)));
        assertThat(LoginThrottle.isStale(locked, START.plus(Duration.ofMinutes(25)))).isTrue();
    }

    @Test
    void the_window_ends_exactly_fifteen_minutes_after_the_first_failure() {
        Failures four = new Failures(4, START, Optional.empty());

        assertThat(LoginThrottle.isStale(four, START.plus(Duration.ofMinutes(15)).minusMillis(1))).isFalse();
        assertThat(LoginThrottle.isStale(four, START.plus(Duration.ofMinutes(15)))).isTrue();
        assertThat(LoginThrottle.afterFailure(Optional.of(four), START.plus(Duration.ofMinutes(15)).minusMillis(1)).lockedUntil())
                .isPresent();
        assertThat(LoginThrottle.isLocked(Optional.empty(), START)).isFalse();
    }
}
