package app.skillpath.week;

import java.time.LocalDate;
import java.util.List;

/**
 * The last {@link #WEEKS} weeks, Monday to Sunday, a day a cell up to today: what was done each day (plan steps done,
 * ratings raised), and the streak of weeks with progress.
 */
public record ProgressCalendar(LocalDate firstDay, LocalDate today, List<Day> days, int streakWeeks) {

    public static final int WEEKS = 26;

    public ProgressCalendar {
        days = List.copyOf(days);
    }

    public record Day(LocalDate date, int stepsDone, int ratingsRaised) {
        public int total() {
            return stepsDone + ratingsRaised;
        }
    }

    public int activeDays() {
        return (int) days.stream().filter(day -> day.total() > 0).count();
    }

    public int stepsDone() {
        return days.stream().mapToInt(Day::stepsDone).sum();
    }

    public int ratingsRaised() {
        return days.stream().mapToInt(Day::ratingsRaised).sum();
    }
}
