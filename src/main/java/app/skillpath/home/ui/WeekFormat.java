package app.skillpath.home.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Days and counts as the home page writes them; a plain date is written as the plan page does ({@code PlanFormat}). */
final class WeekFormat {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

    private WeekFormat() {
    }

    /** "Thursday 26 November 2026". */
    static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** "Thu 26 Nov 2026". */
    static String shortDay(LocalDate date) {
        return SHORT_DAY.format(date);
    }

    /** "1 step", "3 steps". */
    static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
