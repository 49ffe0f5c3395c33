package app.skillpath.base.limit;

import app.skillpath.MovableClock;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class AddressLimitTest {

    private final MemoryAddressUses uses = new MemoryAddressUses();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-27T10:00:00Z"));

    @Test
    void past_the_limit_it_says_how_long_until_the_oldest_use_is_a_period_old() {
        AddressLimit limit = new AddressLimit("test", 3, Duration.ofHours(1), clock, uses);
        for (int i = 0; i < 3; i++) {
            assertThat(limit.take("203.0.113.7")).isEmpty();
            clock.move(Duration.ofMinutes(10));
        }

        // the first use was at 10:00, it is 10:30: half an hour to wait
        assertThat(limit.take("203.0.113.7")).contains(Duration.ofMinutes(30));
        assertThat(limit.take("198.51.100.1")).as("another address").isEmpty();

        clock.set(Instant.parse("2026-11-27T11:00:00Z"));
        assertThat(limit.take("203.0.113.7")).as("the first use is an hour old").isEmpty();
        assertThat(limit.take("203.0.113.7")).contains(Duration.ofMinutes(10));
    }

    @Test
    void a_refused_request_does_not_count_against_the_address() {
        AddressLimit limit = new AddressLimit("test", 1, Duration.ofHours(1), clock, uses);
        assertThat(limit.tryTake("203.0.113.7")).isTrue();
        for (int i = 0; i < 5; i++) {
            clock.move(Duration.ofMinutes(5));
            assertThat(limit.tryTake("203.0.113.7")).isFalse();
        }

        clock.set(Instant.parse("2026-11-27T11:00:00Z"));
        assertThat(limit.tryTake("203.0.113.7")).as("refusals never extend the wait").isTrue();
    }

    @Test
    void uses_older_than_the_period_are_forgotten_so_the_store_stays_bounded() {
        AddressLimit limit = new AddressLimit("test", 5, Duration.ofHours(1), clock, uses);
        for (int i = 0; i < 100; i++) {
            limit.take("203.0.113." + i);
            clock.move(Duration.ofMinutes(3));
        }

        // 300 minutes of uses, one every 3 minutes: only the last hour's 20 remain (an hour-old one no longer counts)
        assertThat(uses.size()).isEqualTo(20);
    }

    @Test
    void two_limits_on_one_store_count_apart() {
        AddressLimit signUps = new AddressLimit("sign-up", 1, Duration.ofHours(1), clock, uses);
        AddressLimit feed = new AddressLimit("feed", 1, Duration.ofHours(1), clock, uses);
        assertThat(signUps.tryTake("203.0.113.7")).isTrue();

        assertThat(feed.tryTake("203.0.113.7")).isTrue();
        assertThat(signUps.tryTake("203.0.113.7")).isFalse();
    }

    /** Uses stored under a higher limit (before a restart with a lower one) count until enough of them are old. */
    @Test
    void after_the_limit_was_lowered_the_wait_is_until_enough_uses_are_a_period_old() {
        AddressLimit before = new AddressLimit("test", 3, Duration.ofHours(1), clock, uses);
        for (int i = 0; i < 3; i++) {
            before.take("203.0.113.7");
            clock.move(Duration.ofMinutes(10));
        }
        AddressLimit lowered = new AddressLimit("test", 2, Duration.ofHours(1), clock, uses);

        // uses at 10:00, 10:10 and 10:20, it is 10:30: two must age out, the second at 11:10
        assertThat(lowered.take("203.0.113.7")).contains(Duration.ofMinutes(40));
    }

    @Test
    void the_wait_is_never_under_a_second() {
        AddressLimit limit = new AddressLimit("test", 1, Duration.ofHours(1), clock, uses);
        limit.take("203.0.113.7");
        clock.move(Duration.ofHours(1).minusMillis(200));

        assertThat(limit.take("203.0.113.7")).contains(Duration.ofSeconds(1));
    }

    /**
     * An IPv6 client is usually given a whole /64 network (2^64 addresses): counted per address, it could take a fresh
     * limit for every request (and fill the limit's memory with addresses). Its /64 counts as one address.
     */
    @Test
    void the_addresses_of_one_ipv6_network_share_one_limit() {
        AddressLimit limit = new AddressLimit("test", 2, Duration.ofHours(1), clock, uses);
        assertThat(limit.take("2001:db8:1:2:0:0:0:1")).isEmpty();
        assertThat(limit.take("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).isEmpty();

        assertThat(limit.take("2001:db8:1:2:ffff:0:0:7")).as("a third address of the same /64").isPresent();
        assertThat(limit.take("2001:0db8:0001:0002::9")).as("the same network spelled otherwise").isPresent();
        assertThat(limit.take("2001:db8:1:3:0:0:0:1")).as("the next /64").isEmpty();
    }

    @Test
    void a_use_given_back_from_an_ipv6_address_frees_its_network() {
        AddressLimit limit = new AddressLimit("test", 1, Duration.ofHours(1), clock, uses);
        assertThat(limit.tryTake("2001:db8:1:2:0:0:0:1")).isTrue();

        limit.giveBack("2001:db8:1:2:0:0:0:2");

        assertThat(limit.tryTake("2001:db8:1:2:0:0:0:3")).isTrue();
    }

    @Test
    void an_ipv4_address_written_as_ipv6_counts_as_itself() {
        AddressLimit limit = new AddressLimit("test", 1, Duration.ofHours(1), clock, uses);
        assertThat(limit.tryTake("203.0.113.7")).isTrue();

        assertThat(limit.tryTake("0:0:0:0:0:ffff:cb00:7107")).isFalse();
        assertThat(limit.tryTake("203.0.113.8")).isTrue();
    }
}
