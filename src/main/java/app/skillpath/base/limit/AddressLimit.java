package app.skillpath.base.limit;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * At most {@code perPeriod} uses per client address in any {@code period} (a sliding window), kept in memory:
 * a restart forgets it, which costs an attacker a restart they cannot cause. The address is the request's remote
 * address: behind a reverse proxy, set {@code server.forward-headers-strategy} or every client shares the proxy's
 * address. Plain Java, shared by the sign-up limit and the calendar feed's limit.
 */
public final class AddressLimit {

    private final int perPeriod;
    private final Duration period;
    private final Clock clock;
    private final Map<String, Deque<Instant>> recent = new HashMap<>();
    private Instant lastSweep = Instant.MIN;

    public AddressLimit(int perPeriod, Duration period, Clock clock) {
        if (perPeriod < 1) {
            throw new IllegalArgumentException("A limit must allow at least 1 use per period");
        }
        this.perPeriod = perPeriod;
        this.period = period;
        this.clock = clock;
    }

    public int perPeriod() {
        return perPeriod;
    }

    /** Takes one use for the address; false when it has had all of them within the period. */
    public boolean tryTake(String address) {
        return take(address).isEmpty();
    }

    /**
     * Takes one use for the address, or, when it has had all of them within the period, says how long until the
     * oldest one is a period old (at least a second), for a {@code Retry-After} header.
     */
    public synchronized Optional<Duration> take(String address) {
        Instant now = clock.instant();
        Instant cutoff = now.minus(period);
        sweepNowAndThen(now, cutoff);
        Deque<Instant> times = recent.computeIfAbsent(client(address), any -> new ArrayDeque<>());
        dropBefore(times, cutoff);
        if (times.size() >= perPeriod) {
            Duration wait = Duration.between(now, times.peekFirst().plus(period));
            return Optional.of(wait.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : wait);
        }
        times.addLast(now);
        return Optional.empty();
    }

    /** Returns a use that did not count after all (a refused sign-up, say). */
    public synchronized void giveBack(String address) {
        String client = client(address);
        Deque<Instant> times = recent.get(client);
        if (times != null) {
            times.pollLast();
            if (times.isEmpty()) {
                recent.remove(client);
            }
        }
    }

    /**
     * Who is counted: an IPv4 address as it is (also when written as IPv6, "::ffff:203.0.113.7"), an IPv6 address by
     * its /64 network, which one client is usually given whole: counted per address, it could take a fresh limit for
     * each of 2^64 addresses. Only a text with a colon is parsed: Java reads that as an IPv6 literal or refuses it,
     * never looking a name up; anything else (an IPv4 address as the server writes it) is counted as it is.
     */
    static String client(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return address;
        }
        try {
            InetAddress ip = InetAddress.getByName(address);
            if (ip instanceof Inet6Address) {
                return HexFormat.of().formatHex(ip.getAddress(), 0, 8) + "::/64";
            }
            return ip.getHostAddress();
        } catch (UnknownHostException notAnAddress) {
            return address;
        }
    }

    /**
     * Forgets addresses without a use in the period, at most once per sixtieth of it: a full pass on every request
     * would cost a busy endpoint (the feed) time proportional to all recent addresses, and the map only needs to
     * stay bounded by the last period's addresses.
     */
    private void sweepNowAndThen(Instant now, Instant cutoff) {
        if (lastSweep.isAfter(now.minus(period.dividedBy(60)))) {
            return;
        }
        lastSweep = now;
        recent.values().forEach(times -> dropBefore(times, cutoff));
        recent.values().removeIf(Deque::isEmpty);
    }

    private static void dropBefore(Deque<Instant> times, Instant cutoff) {
        while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
            times.pollFirst();
        }
    }
}
