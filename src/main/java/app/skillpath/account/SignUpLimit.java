package app.skillpath.account;

import app.skillpath.base.limit.AddressLimit;
import app.skillpath.base.limit.AddressUses;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;

/**
 * At most {@code skillpath.signup.per-address-per-hour} accounts (default 5) created from one client
 * address in any hour, so that one anonymous client cannot fill the database with accounts (1,000 in
 * 68 s before). The address and its counting are {@link AddressLimit}'s; the uses are in the database, so the
 * limit holds across all nodes on it. In a sign-up's transaction, the take joins it: a sign-up that fails rolls its
 * use back, and parallel sign-ups from one address wait for each other until the first has committed.
 */
@Component
public class SignUpLimit {

    static final Duration PERIOD = Duration.ofHours(1);
    /** The name its uses are stored under. */
    static final String NAME = "sign-up";

    private final AddressLimit limit;

    public SignUpLimit(@Value("${skillpath.signup.per-address-per-hour:5}") int perPeriod, Clock clock, AddressUses uses) {
        if (perPeriod < 1) {
            throw new IllegalArgumentException("skillpath.signup.per-address-per-hour must be at least 1");
        }
        this.limit = new AddressLimit(NAME, perPeriod, PERIOD, clock, uses);
    }

    public int perHour() {
        return limit.perPeriod();
    }

    /** Takes one sign-up for the address; false when it has had all of them within the last hour. */
    @Transactional
    public boolean tryTake(String address) {
        return limit.tryTake(address);
    }

    /** Returns a sign-up that was refused after all (a taken name, a short password): only accounts count. */
    @Transactional
    public void giveBack(String address) {
        limit.giveBack(address);
    }
}
