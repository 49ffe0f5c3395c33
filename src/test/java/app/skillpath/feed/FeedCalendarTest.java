package app.skillpath.feed;

import app.skillpath.account.TimeZones;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The feed's iCalendar text, parsed back with ical4j as a calendar app would read it. */
class FeedCalendarTest {

    private static final URI HOME = URI.create("https://skillpath.example/");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static final List<FeedStep> STEPS = List.of(
            new FeedStep(11, "Learn SQL window functions", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 14)),
            new FeedStep(12, "Ship a churn model", LocalDate.of(2026, 12, 15), LocalDate.of(2026, 12, 15)));

    @Test
    void every_step_is_an_all_day_event_from_its_start_through_its_due_date_with_its_title_only() throws Exception {
        Calendar calendar = parse(FeedCalendar.write(feed(BERLIN, DayOfWeek.WEDNESDAY, LocalTime.of(18, 30)), HOME));

        Map<String, VEvent> steps = events(calendar).stream()
                .filter(event -> event.getUid().orElseThrow().getValue().startsWith("step-"))
                .collect(Collectors.toMap(event -> event.getUid().orElseThrow().getValue(), event -> event));
        assertThat(steps).containsOnlyKeys("step-11@skillpath", "step-12@skillpath");
        VEvent sql = steps.get("step-11@skillpath");
        assertThat(sql.getSummary().getValue()).isEqualTo("Learn SQL window functions");
        assertThat(sql.getDateTimeStart().getDate()).isEqualTo(LocalDate.of(2026, 12, 1));
        // an all-day event's end is exclusive: the day after the due date
        assertThat(sql.getDateTimeEnd().getDate()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(steps.get("step-12@skillpath").getDateTimeEnd().getDate()).isEqualTo(LocalDate.of(2026, 12, 16));
        assertThat(sql.getProperty("DESCRIPTION")).isEmpty();
    }

    @Test
    void the_weekly_review_recurs_every_week_on_the_chosen_weekday_and_time_in_the_users_zone() throws Exception {
        Calendar calendar = parse(FeedCalendar.write(feed(BERLIN, DayOfWeek.WEDNESDAY, LocalTime.of(18, 30)), HOME));

        VEvent review = review(calendar);
        assertThat(review.getProperty("RRULE").orElseThrow().getValue()).isEqualTo("FREQ=WEEKLY");
        assertThat(review.getProperty("DTSTART").orElseThrow().getParameter("TZID").orElseThrow().getValue())
                .isEqualTo("Europe/Berlin");
        assertThat(calendar.getComponent("VTIMEZONE")).as("the zone's definition travels with the feed").isPresent();
        List<ZonedDateTime> starts = occurrences(review, ZonedDateTime.of(2026, 11, 20, 0, 0, 0, 0, BERLIN), 70);
        // the feed was turned on on Friday 2026-11-20: the first review is the Wednesday after
        assertThat(starts).hasSize(10).allSatisfy(start -> {
            assertThat(start.getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
            assertThat(start.toLocalTime()).isEqualTo(LocalTime.of(18, 30));
        });
        assertThat(starts.getFirst().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 25));
        // across the change to summer time (29 March 2027) the review stays at 18:30 Berlin time
        assertThat(starts.getLast().toInstant()).isEqualTo(ZonedDateTime.of(2027, 1, 27, 18, 30, 0, 0, BERLIN).toInstant());
    }

    @Test
    void the_review_keeps_its_local_time_when_summer_time_begins() throws Exception {
        Calendar calendar = parse(FeedCalendar.write(feed(BERLIN, DayOfWeek.WEDNESDAY, LocalTime.of(18, 30)), HOME));

        List<ZonedDateTime> starts = occurrences(review(calendar), ZonedDateTime.of(2027, 3, 20, 0, 0, 0, 0, BERLIN), 14);
        assertThat(starts).extracting(start -> start.toInstant()).containsExactly(
                ZonedDateTime.of(2027, 3, 24, 18, 30, 0, 0, BERLIN).toInstant(),
                ZonedDateTime.of(2027, 3, 31, 18, 30, 0, 0, BERLIN).toInstant());
    }

    /**
     * A review chosen for Sunday 02:30 in Berlin, with the feed turned on in the week summer time begins: that first
     * Sunday has no 02:30 (the clocks jump from 02:00 to 03:00). RFC 5545 (3.3.5) moves that one occurrence by the
     * gap, and the weekly rule repeats the start as written: it must say 02:30, or every later review is at 03:30.
     */
    @Test
    void a_review_first_falling_in_the_hour_summer_time_skips_is_written_at_its_chosen_time() throws Exception {
        CalendarFeed feed = new CalendarFeed("0a1b2c3d4e5f6071", BERLIN, DayOfWeek.SUNDAY, LocalTime.of(2, 30),
                LocalDate.of(2027, 3, 26), List.of());

        String text = FeedCalendar.write(feed, HOME);

        // as text: ical4j reads the start back already moved
        assertThat(text.lines()).contains("DTSTART;TZID=Europe/Berlin:20270328T023000").doesNotContain("DTSTART;TZID=Europe/Berlin:20270328T033000");
        assertThat(review(parse(text)).getProperty("RRULE").orElseThrow().getValue()).isEqualTo("FREQ=WEEKLY");
    }

    @Test
    void a_user_in_utc_gets_the_review_in_utc_without_a_zone_definition() throws Exception {
        Calendar calendar = parse(FeedCalendar.write(feed(ZoneId.of("UTC"), DayOfWeek.MONDAY, LocalTime.of(7, 0)), HOME));

        VEvent review = review(calendar);
        assertThat(review.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20261123T070000Z");
        assertThat(calendar.getComponent("VTIMEZONE")).isEmpty();
    }

    @Test
    void the_review_lasts_half_an_hour_and_points_at_the_app_only() throws Exception {
        Calendar calendar = parse(FeedCalendar.write(feed(BERLIN, DayOfWeek.FRIDAY, LocalTime.of(9, 0)), HOME));

        VEvent review = review(calendar);
        assertThat(review.getProperty("DURATION").orElseThrow().getValue()).isEqualTo("PT30M");
        assertThat(review.getProperty("URL").orElseThrow().getValue()).isEqualTo(HOME.toString());
        // turned on on a Friday with the review on Fridays: the first review is that same day
        assertThat(review.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20261120T090000");
    }

    @Test
    void a_feed_without_dated_steps_still_holds_the_weekly_review() throws Exception {
        CalendarFeed empty = new CalendarFeed("0a1b2c3d4e5f6071", BERLIN, DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalDate.of(2026, 11, 20),
                List.of());

        Calendar calendar = parse(FeedCalendar.write(empty, HOME));

        assertThat(events(calendar)).extracting(event -> event.getSummary().getValue())
                .containsExactly(FeedCalendar.REVIEW_SUMMARY);
    }

    /**
     * Java's zone list is newer than ical4j's bundled zone definitions: America/Coyhaique (tzdata 2025b) is in the
     * first, which the account page offers, and not in the second, where looking it up threw. Its user still gets a
     * feed, with the review at the chosen time as an instant (the zone has kept one offset since it was made).
     */
    @Test
    void a_zone_java_knows_and_ical4j_does_not_still_gives_a_feed_with_the_review() throws Exception {
        ZoneId coyhaique = ZoneId.of("America/Coyhaique");
        assertThat(TimeZones.names()).as("offered on the account page").contains(coyhaique.getId());

        Calendar calendar = parse(FeedCalendar.write(feed(coyhaique, DayOfWeek.MONDAY, LocalTime.of(7, 0)), HOME));

        Temporal start = review(calendar).getDateTimeStart().getDate();
        assertThat(Instant.from(start)).isEqualTo(ZonedDateTime.of(2026, 11, 23, 7, 0, 0, 0, coyhaique).toInstant());
        assertThat(events(calendar)).hasSize(STEPS.size() + 1);
    }

    /**
     * A calendar app reads the review's start as a local time under the zone's name (TZID), or as an instant. ical4j
     * reads its own zone definitions wrongly where the last change is listed as a date (Moscow has been at +03:00
     * since 2014; ical4j takes +04:00): handed a date-time with Java's zone, it wrote 07:00 in Moscow as 08:00, and
     * so for 200 of the zones offered. What is written must be the time the user chose, in every zone offered.
     */
    @Test
    void in_every_zone_offered_the_review_is_written_at_the_chosen_local_time() throws Exception {
        LocalDateTime chosen = LocalDateTime.of(2026, 11, 23, 7, 0);
        List<String> wrong = new java.util.ArrayList<>();
        for (String name : TimeZones.names()) {
            ZoneId zone = ZoneId.of(name);
            CalendarFeed onlyReview = new CalendarFeed("0a1b2c3d4e5f6071", zone, DayOfWeek.MONDAY, chosen.toLocalTime(),
                    LocalDate.of(2026, 11, 20), List.of());
            String text = FeedCalendar.write(onlyReview, HOME);

            // read as text (parsing 500 zone definitions back would add half again to the time): the review is the
            // only event, and its DTSTART comes after the zone definition's
            String written = text.lines().filter(line -> line.startsWith("DTSTART")).reduce((first, last) -> last).orElseThrow();
            String expected = written.startsWith("DTSTART;TZID=")
                    ? "DTSTART;TZID=" + name + ":" + ICAL_LOCAL.format(chosen)
                    : "DTSTART:" + ICAL_UTC.format(chosen.atZone(zone).toInstant());
            if (!written.equals(expected)) {
                wrong.add(name + " " + written);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void a_title_with_line_breaks_or_other_control_characters_stays_one_summary_line() throws Exception {
        List<FeedStep> forged = List.of(new FeedStep(21, "Line one\rBEGIN:VEVENT\nSUMMARY:injected\u0007 end",
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2)));
        CalendarFeed feed = new CalendarFeed("0a1b2c3d4e5f6071", BERLIN, DayOfWeek.MONDAY, LocalTime.of(9, 0),
                LocalDate.of(2026, 11, 20), forged);

        Calendar calendar = parse(FeedCalendar.write(feed, HOME));

        assertThat(events(calendar)).hasSize(2);
        VEvent step = events(calendar).stream().filter(event -> event.getUid().orElseThrow().getValue().equals("step-21@skillpath"))
                .findFirst().orElseThrow();
        assertThat(step.getSummary().getValue()).isEqualTo("Line one BEGIN:VEVENT SUMMARY:injected  end");
    }


    private static final DateTimeFormatter ICAL_LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter ICAL_UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private static CalendarFeed feed(ZoneId zone, DayOfWeek day, LocalTime time) {
        return new CalendarFeed("0a1b2c3d4e5f6071", zone, day, time, LocalDate.of(2026, 11, 20), STEPS);
    }

    static Calendar parse(String text) throws IOException, ParserException {
        return new CalendarBuilder().build(new StringReader(text));
    }

    static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents("VEVENT").stream().map(VEvent.class::cast).toList();
    }

    private static VEvent review(Calendar calendar) {
        return events(calendar).stream().filter(event -> event.getSummary().getValue().equals(FeedCalendar.REVIEW_SUMMARY))
                .reduce((one, two) -> {
                    throw new AssertionError("two reviews");
                }).orElseThrow();
    }

    /** The review's starts in the given number of days from {@code from}, in the user's zone. */
    private static List<ZonedDateTime> occurrences(VEvent review, ZonedDateTime from, int days) {
        Period<Temporal> window = new Period<>(from, from.plusDays(days));
        return review.<Temporal>calculateRecurrenceSet(window).stream()
                .map(period -> ZonedDateTime.from(period.getStart()).withZoneSameInstant(from.getZone()))
                .sorted().toList();
    }
}
