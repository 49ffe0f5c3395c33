package app.skillpath.feed;

import app.skillpath.account.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.net.URI;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The private calendar feed: the logged-in user turns it on (choosing the weekly review's weekday and time), replaces
 * its address or turns it off; anyone with the address reads it. The token is returned once, when it is made, and
 * never logged; only its hash is kept.
 */
@Service
public class FeedService {

    private static final Logger log = LoggerFactory.getLogger(FeedService.class);

    private final FeedRepository repository;
    private final CurrentUser currentUser;
    private final Clock clock;

    public FeedService(FeedRepository repository, CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The logged-in user's feed, if it is on. */
    @Transactional(readOnly = true)
    public Optional<FeedSettings> mine() {
        return repository.find(currentUser.id());
    }

    /** Turns the feed on and returns the token of its address (shown once: it cannot be read back). */
    @Transactional
    public String turnOn(DayOfWeek reviewDay, LocalTime reviewTime) {
        requireReview(reviewDay, reviewTime);
        String token = FeedToken.generate();
        long owner = currentUser.id();
        repository.turnOn(owner, FeedToken.sha256(token), reviewDay, minutes(reviewTime), OffsetDateTime.now(clock));
        log.info("Calendar feed turned on for account {}", owner);
        return token;
    }

    /** A new address for the feed; the old one answers 404 from now on. Returns the new token. */
    @Transactional
    public String replaceAddress() {
        String token = FeedToken.generate();
        long owner = currentUser.id();
        if (!repository.replaceHash(owner, FeedToken.sha256(token))) {
            throw new FeedException(turnedOffElsewhere());
        }
        log.info("Calendar feed address replaced for account {}", owner);
        return token;
    }

    @Transactional
    public void changeReview(DayOfWeek reviewDay, LocalTime reviewTime) {
        requireReview(reviewDay, reviewTime);
        if (!repository.changeReview(currentUser.id(), reviewDay, minutes(reviewTime))) {
            throw new FeedException(turnedOffElsewhere());
        }
    }

    /** Turns the feed off: its address answers 404 from now on. Nothing happens when it was off already. */
    @Transactional
    public void turnOff() {
        long owner = currentUser.id();
        if (repository.delete(owner)) {
            log.info("Calendar feed turned off for account {}", owner);
        }
    }

    /**
     * The feed for whatever token an address gave, as iCalendar text, built now from the plans as they are; empty
     * for an unknown, replaced, turned-off or malformed token alike (one hash and one statement for each).
     */
    @Transactional(readOnly = true)
    public Optional<String> calendar(String givenToken, URI home) {
        return repository.findByTokenHash(FeedToken.hashOfGiven(givenToken)).map(feed -> FeedCalendar.write(feed, home));
    }

    private static void requireReview(DayOfWeek reviewDay, LocalTime reviewTime) {
        if (reviewDay == null || reviewTime == null) {
            throw new FeedException("Choose the weekday and the time of your weekly review.");
        }
    }

    // a review at 09:00:37 is a picker's leftover, not a wish
    private static LocalTime minutes(LocalTime time) {
        return time.truncatedTo(ChronoUnit.MINUTES);
    }

    private static String turnedOffElsewhere() {
        return "Your calendar feed is off (it was turned off in another tab). Turn it on again to get an address.";
    }
}
