package app.skillpath.feed;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Everything one feed request shows, read in one statement: the owner's zone, the weekly review's weekday and
 * local time, the day the feed was turned on (where the review's series starts, so that it stays the same event
 * from one request to the next), and the open dated steps of all the owner's plans. {@code seriesId} names the
 * weekly review's series: taken from the token's hash (not the account id, which the feed must not show), so a
 * replaced address starts a new series, as a new subscription would.
 */
public record CalendarFeed(String seriesId, ZoneId zone, DayOfWeek reviewDay, LocalTime reviewTime, LocalDate since,
                           List<FeedStep> steps) {

    public CalendarFeed {
        steps = List.copyOf(steps);
    }
}
