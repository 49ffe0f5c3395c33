package app.skillpath.plan;

import app.skillpath.assessment.RatingChange;
import app.skillpath.scoring.Answers;
import app.skillpath.scoring.FitCalculator;
import app.skillpath.scoring.RoleRequirements;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fit by week, recomputed from the rating history (plain Java): for each week since the first
 * rating, the ratings as they stood at the end of that week. Education has no history, so every week
 * uses the current education answer. At most the last {@link #MAX_WEEKS} weeks are shown, whatever the
 * data: an old first rating (an imported file dated in the year 1000) must not cost a row per week since then.
 */
public final class FitTrend {

    public record Week(LocalDate weekStart, double fit) {
    }

    /** Two years of weekly points: 104 weeks back plus the current week. */
    public static final int MAX_WEEKS = 105;

    private FitTrend() {
    }

    public static List<Week> weekly(RoleRequirements role, List<RatingChange> history, Answers current, LocalDate today) {
        List<Week> weeks = new ArrayList<>();
        if (history.isEmpty()) {
            return weeks;
        }
        LocalDate first = history.getFirst().changedAt().atOffset(ZoneOffset.UTC).toLocalDate();
        LocalDate earliestShown = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(MAX_WEEKS - 1);
        // changes before the first week shown still count: the first week's replay applies them all
        LocalDate weekStart = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (weekStart.isBefore(earliestShown)) {
            weekStart = earliestShown;
        }
        Map<String, Integer> ratings = new HashMap<>();
        int next = 0;
        while (!weekStart.isAfter(today)) {
            var weekEnd = weekStart.plusWeeks(1).atStartOfDay().toInstant(ZoneOffset.UTC);
            while (next < history.size() && history.get(next).changedAt().isBefore(weekEnd)) {
                RatingChange change = history.get(next++);
                change.level().ifPresentOrElse(level -> ratings.put(change.skillKey(), level),
                        () -> ratings.remove(change.skillKey()));
            }
            Answers asThen = new Answers(ratings, current.education(), current.fieldKey());
            weeks.add(new Week(weekStart, FitCalculator.score(role, asThen).fit()));
            weekStart = weekStart.plusWeeks(1);
        }
        return weeks;
    }
}
