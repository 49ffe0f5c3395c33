package app.skillpath.feed;

import app.skillpath.plan.PlanExport;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.transform.recurrence.Frequency;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * A calendar feed as iCalendar text (ical4j), plain Java. It holds step titles and dates and the weekly review:
 * no notes, ratings, names, or role and target titles, since whoever has the address can read it.
 */
public final class FeedCalendar {

    public static final String REVIEW_SUMMARY = "Skillpath weekly review";
    public static final Duration REVIEW_LENGTH = Duration.ofMinutes(30);

    // loading a zone's rules from ical4j's bundled definitions takes a while; the registry keeps them
    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private FeedCalendar() {
    }

    public static String write(CalendarFeed feed, URI home) {
        Calendar calendar = PlanExport.newCalendar("Calendar feed");
        for (FeedStep step : feed.steps()) {
            calendar.add(PlanExport.allDayEvent(step.startsOn(), step.dueOn(), oneLine(step.title()), stepUid(step.id())));
        }
        addWeeklyReview(calendar, feed, home);
        return calendar.toString();
    }

    /**
     * A title as one line of text: control characters (a lone CR, which a forged form value can carry into a custom
     * skill's name and so into a step's title, is not escaped by ical4j and would end the line) become spaces.
     */
    static String oneLine(String title) {
        return title.replaceAll("\\p{Cntrl}", " ");
    }

    public static String stepUid(long stepId) {
        return "step-" + stepId + "@skillpath";
    }

    /** The first review: the chosen weekday on or after the day the feed was turned on, at the chosen time there. */
    public static ZonedDateTime firstReview(CalendarFeed feed) {
        LocalDate day = feed.since().with(TemporalAdjusters.nextOrSame(feed.reviewDay()));
        return ZonedDateTime.of(day, feed.reviewTime(), feed.zone());
    }

    private static void addWeeklyReview(Calendar calendar, CalendarFeed feed, URI home) {
        ZonedDateTime start = firstReview(feed);
        TimeZone zone = isUtc(feed.zone()) ? null : icalZone(feed.zone());
        VEvent review;
        if (zone == null) {
            // UTC (or a zone ical4j does not know): the time as an instant, written "...Z", needs no VTIMEZONE
            review = new VEvent(start.toInstant(), REVIEW_LENGTH, REVIEW_SUMMARY);
            review.add(new RRule<>(new Recur.Builder<Instant>().frequency(Frequency.WEEKLY).build()));
        } else {
            calendar.add(zone.getVTimeZone());
            // the chosen local time under the zone's name, written as it is: handed a ZonedDateTime, ical4j converts
            // it with the rules it reads from its own zone definition, which are wrong where the last change is an
            // RDATE (Moscow at +04:00 instead of +03:00 since 2014), and wrote 07:00 there as 08:00
            // And the time chosen, not the start's: where the first review falls in the hour summer time skips, the
            // start moved to 03:30 and the weekly rule repeats the start as written (RFC 5545 moves that one only)
            LocalDateTime local = LocalDateTime.of(start.toLocalDate(), feed.reviewTime());
            review = new VEvent(local, REVIEW_LENGTH, REVIEW_SUMMARY);
            review.replace(new DtStart<>(new ParameterList(List.of(new TzId(feed.zone().getId()))), local));
            review.add(new RRule<>(new Recur.Builder<LocalDateTime>().frequency(Frequency.WEEKLY).build()));
        }
        review.add(new Uid("weekly-review-" + feed.seriesId() + "@skillpath"));
        review.add(new Description("Look back on the week's steps and plan the next ones: " + home));
        review.add(new Url(home));
        calendar.add(review);
    }

    /**
     * ical4j's definition of the zone, or null when it has none: its bundled zones lag behind Java's list (which the
     * account page offers), and for a name it lacks its registry throws (a NullPointerException from its cache)
     * instead of answering null.
     */
    private static TimeZone icalZone(ZoneId zone) {
        try {
            return ZONES.getTimeZone(zone.getId());
        } catch (RuntimeException unknownToIcal4j) {
            return null;
        }
    }

    private static boolean isUtc(ZoneId zone) {
        return zone.normalized().equals(ZoneOffset.UTC);
    }
}
