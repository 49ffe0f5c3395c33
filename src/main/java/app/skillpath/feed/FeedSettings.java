package app.skillpath.feed;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** A feed that is on, as its owner sees it on the account page: when the weekly review falls. */
public record FeedSettings(DayOfWeek reviewDay, LocalTime reviewTime) {
}
