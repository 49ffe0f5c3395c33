package app.skillpath.account;

import app.skillpath.MovableClock;
import app.skillpath.base.limit.MemoryAddressUses;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class SignUpLimitTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-26T10:00:00Z"));

    @Test
    void five_sign_ups_per_address_and_hour_then_refused_until_the_first_is_an_hour_old() {
        SignUpLimit limit = new SignUpLimit(5, clock, new MemoryAddressUses());
        for (int i = 0; i < 5; i++) {
            assertThat(limit.tryTake("203.0.113.7")).as("sign-up %d", i + 1).isTrue();
            clock.move(Duration.ofMinutes(10));
        }

        assertThat(limit.tryTake("203.0.113.7")).as("the sixth within the hour").isFalse();
        assertThat(limit.tryTake("198.51.100.1")).as("another address").isTrue();

        clock.set(Instant.parse("2026-11-26T11:00:00Z"));
        assertThat(limit.tryTake("203.0.113.7")).as("the first one is an hour old").isTrue();
        assertThat(limit.tryTake("203.0.113.7")).as("but only that one").isFalse();
    }

    @Test
    void a_refused_sign_up_given_back_does_not_count() {
        SignUpLimit limit = new SignUpLimit(2, clock, new MemoryAddressUses());
        assertThat(limit.tryTake("203.0.113.7")).isTrue();
        assertThat(limit.tryTake("203.0.113.7")).isTrue();
        limit.giveBack("203.0.113.7");

        assertThat(limit.tryTake("203.0.113.7")).isTrue();
        assertThat(limit.tryTake("203.0.113.7")).isFalse();
    }
}
