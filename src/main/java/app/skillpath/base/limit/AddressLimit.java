package app.skillpath.base.limit;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * At most {@code perPeriod} uses per client address in any {@code period} (a sliding window). The uses are kept in
 * {@link AddressUses}: in the database, so that two or more nodes on one PostgreSQL share one limit (a client cannot
 * get a fresh one from each node behind a load balancer), and a restart forgets nothing. The address is the
 * request's remote address: behind a reverse proxy, set {@code server.forward-headers-strategy} or every client
 * shares the proxy's address. Plain Java, shared by the sign-up limit and the calendar feed's limit; with the
 * database, {@link #take} and {@link #giveBack} must run in a transaction (the lock on the client lasts until it
 * ends).
 */
public final class AddressLimit {

    /** Longer addresses (only a misconfigured proxy header could give one) are cut to fit the table's column. */
    static final int MAX_CLIENT_LENGTH = 100;

    private final String name;
    private final int perPeriod;
    private final Duration period;
    private final Clock clock;
    private final AddressUses uses;
    private final AtomicReference<Instant> lastPurge = new AtomicReference<>(Instant.MIN);

    /** A limit named {@code name} (its uses are kept apart from other limits' under that name). */
    public AddressLimit(String name, int perPeriod, Duration period, Clock clock, AddressUses uses) {
        if (perPeriod < 1) {
            throw new IllegalArgumentException("A limit must allow at least 1 use per period");
        }
        this.name = name;
        this.perPeriod = perPeriod;
        this.period = period;
        this.clock = clock;
        this.uses = uses;
    }

    public int perPeriod() {
        return perPeriod;
    }

    /** Takes one use for the address; false when it has had all of them within the period. */
    public boolean tryTake(String address) {
        return take(address).isEmpty();
    }

    /**
     * Takes one use for the address, or, when it has had all of them within the period, says how long until
     * enough of them are a period old (at least a second), for a {@code Retry-After} header. A refusal is not a use.
     */
    public Optional<Duration> take(String address) {
        // PostgreSQL keeps microseconds: the instant compared later is the one stored
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant cutoff = now.minus(period);
        purgeNowAndThen(now, cutoff);
        String client = client(address);
        List<Instant> recent = uses.lockAndList(name, client, cutoff);
        if (recent.size() >= perPeriod) {
            return Optional.of(wait(recent, now));
        }
        uses.add(name, client, now);
        return Optional.empty();
    }

    /** Returns a use that did not count after all (a refused sign-up, say). */
    public void giveBack(String address) {
        uses.removeLatest(name, client(address));
    }

    /**
     * Until the use that must age out for a new one to fit is a period old: the oldest when the client has exactly
     * its limit (always, unless the limit was lowered since), at least a second.
     */
    private Duration wait(List<Instant> recent, Instant now) {
        Instant blocking = recent.get(recent.size() - perPeriod);
        Duration wait = Duration.between(now, blocking.plus(period));
        return wait.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : wait;
    }

    /**
     * Who is counted: an IPv4 address as it is (also when written as IPv6, "::ffff:203.0.113.7"), an IPv6 address by
     * its /64 network, which one client is usually given whole: counted per address, it could take a fresh limit for
     * each of 2^64 addresses. Only a text with a colon is parsed: Java reads that as an IPv6 literal or refuses it,
     * never looking a name up; anything else (an IPv4 address as the server writes it) is counted as it is.
     */
    static String client(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        if (address.indexOf(':') < 0) {
            return address.length() > MAX_CLIENT_LENGTH ? address.substring(0, MAX_CLIENT_LENGTH) : address;
        }
        try {
            InetAddress ip = InetAddress.getByName(address);
            if (ip instanceof Inet6Address) {
                return HexFormat.of().formatHex(ip.getAddress(), 0, 8) + "::/64";
            }
            return ip.getHostAddress();
        } catch (UnknownHostException notAnAddress) {
            return address.length() > MAX_CLIENT_LENGTH ? address.substring(0, MAX_CLIENT_LENGTH) : address;
        }
    }

    /**
     * Forgets uses older than the period, at most once per sixtieth of it on this node: purging on every request
     * would cost a busy endpoint (the feed) a statement each time, and the table only needs to stay bounded by the
     * last period's uses. Another node purging meanwhile does no harm.
     */
    private void purgeNowAndThen(Instant now, Instant cutoff) {
        Instant last = lastPurge.get();
        if (last.isAfter(now.minus(period.dividedBy(60))) || !lastPurge.compareAndSet(last, now)) {
            return;
        }
        uses.purge(name, cutoff);
    }
}
