package app.skillpath.plan.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and shares as every part of the plan page writes them (and the home page, which shows plan steps). */
public final class PlanFormat {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private PlanFormat() {
    }

    /** "30 Nov 2026". */
    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** A share in percent, whole: "42%". */
    static String percent(double percent) {
        return String.format(Locale.US, "%.0f%%", percent);
    }
}
