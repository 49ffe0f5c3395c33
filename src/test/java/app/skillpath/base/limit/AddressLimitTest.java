package app.skillpath.base.limit;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class AddressLimitTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-27T10:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    @Test
    void past_the_limit_it_says_how_long_until_the_oldest_use_is_a_period_old() {
        AddressLimit limit = new AddressLimit(3, Duration.ofHours(1), clock);
        for (int i = 0; i < 3; i++) {
            assertThat(limit.take("203.0.113.7")).isEmpty();
            now.set(now.get().plus(Duration.ofMinutes(10)));
        }

        // the first use was at 10:00, it is 10:30: half an hour to wait
        assertThat(limit.take("203.0.113.7")).contains(Duration.ofMinutes(30));
        assertThat(limit.take("198.51.100.1")).as("another address").isEmpty();

        now.set(Instant.parse("2026-11-27T11:00:00Z"));
        assertThat(limit.take("203.0.113.7")).as("the first use is an hour old").isEmpty();
        assertThat(limit.take("203.0.113.7")).contains(Duration.ofMinutes(10));
    }

    @Test
    void a_refused_request_does_not_count_against_the_address() {
        AddressLimit limit = new AddressLimit(1, Duration.ofHours(1), clock);
        assertThat(limit.tryTake("203.0.113.7")).isTrue();
        for (int i = 0; i < 5; i++) {
            now.set(now.get().plus(Duration.ofMinutes(5)));
            assertThat(limit.tryTake("203.0.113.7")).isFalse();
        }

        now.set(Instant.parse("2026-11-27T11:00:00Z"));
        assertThat(limit.tryTake("203.0.113.7")).as("refusals never extend the wait").isTrue();
    }

    @Test
    void the_wait_is_never_under_a_second() {
        AddressLimit limit = new AddressLimit(1, Duration.ofHours(1), clock);
        limit.take("203.0.113.7");
        now.set(now.get().plus(Duration.ofHours(1)).minusMillis(200));

        assertThat(limit.take("203.0.113.7")).contains(Duration.ofSeconds(1));
    }
}
