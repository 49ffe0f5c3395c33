package app.skillpath.feed;

import app.skillpath.base.limit.AddressLimit;
import app.skillpath.base.limit.AddressUses;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * At most {@code skillpath.feed.per-address-per-hour} feed requests (default 60) from one client address in any
 * hour, counted before the token is looked at, so that nobody can try tokens quickly (at 60 an hour, finding one of
 * 2^256 is hopeless anyway) or load the database through the feed. A calendar app polls a feed a few times an hour
 * at most. See {@link AddressLimit} for the address behind a proxy. The uses are in the database, so the limit holds
 * across all nodes on it.
 */
@Component
public class FeedLimit {

    static final Duration PERIOD = Duration.ofHours(1);
    /** The name its uses are stored under. */
    static final String NAME = "calendar-feed";

    private final AddressLimit limit;

    public FeedLimit(@Value("${skillpath.feed.per-address-per-hour:60}") int perPeriod, Clock clock, AddressUses uses) {
        if (perPeriod < 1) {
            throw new IllegalArgumentException("skillpath.feed.per-address-per-hour must be at least 1");
        }
        this.limit = new AddressLimit(NAME, perPeriod, PERIOD, clock, uses);
    }

    public int perHour() {
        return limit.perPeriod();
    }

    /**
     * Counts one request; when the address has had its requests for the hour, how long until it may ask again.
     * A short transaction of its own: the lock on the address ends with it, before the feed is read.
     */
    @Transactional
    public Optional<Duration> take(String address) {
        return limit.take(address);
    }
}
