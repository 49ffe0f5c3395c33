package app.skillpath.account;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * At most {@code skillpath.signup.per-address-per-hour} accounts (default 5) created from one client
 * address in any hour, so that one anonymous client cannot fill the database with accounts (1,000 in
 * 68 s before). The address is the request's remote address: behind a reverse proxy, set
 * {@code server.forward-headers-strategy} or every client shares the proxy's address. Kept in memory:
 * a restart forgets it, which costs an attacker a restart they cannot cause.
 */
@Component
public class SignUpLimit {

    static final Duration PERIOD = Duration.ofHours(1);

    private final int perPeriod;
    private final Clock clock;
    private final Map<String, Deque<Instant>> recent = new HashMap<>();

    public SignUpLimit(@Value("${skillpath.signup.per-address-per-hour:5}") int perPeriod, Clock clock) {
        if (perPeriod < 1) {
            throw new IllegalArgumentException("skillpath.signup.per-address-per-hour must be at least 1");
        }
        this.perPeriod = perPeriod;
        this.clock = clock;
    }

    public int perHour() {
        return perPeriod;
    }

    /** Takes one sign-up for the address; false when it has had all of them within the last hour. */
    public synchronized boolean tryTake(String address) {
        Instant now = clock.instant();
        forgetBefore(now.minus(PERIOD));
        Deque<Instant> times = recent.computeIfAbsent(address, any -> new ArrayDeque<>());
        if (times.size() >= perPeriod) {
            return false;
        }
        times.addLast(now);
        return true;
    }

    /** Returns a sign-up that was refused after all (a taken name, a short password): only accounts count. */
    public synchronized void giveBack(String address) {
        Deque<Instant> times = recent.get(address);
        if (times != null) {
            times.pollLast();
            if (times.isEmpty()) {
                recent.remove(address);
            }
        }
    }

    // sign-ups are rare, so a full pass per sign-up is cheap and keeps the map to the last hour's addresses
    private void forgetBefore(Instant cutoff) {
        recent.values().forEach(times -> {
            while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
                times.pollFirst();
            }
        });
        recent.values().removeIf(Deque::isEmpty);
    }
}
