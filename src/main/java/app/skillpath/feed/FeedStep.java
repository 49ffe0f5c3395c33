package app.skillpath.feed;

import java.time.LocalDate;

/** An open, dated plan step as the feed shows it: its title and dates, nothing else. */
public record FeedStep(long id, String title, LocalDate startsOn, LocalDate dueOn) {
}
