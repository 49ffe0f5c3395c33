package app.skillpath.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Dates for the open steps with an effort, one after another in plan order, at the user's pace:
 * a step of E hours takes ceil(7 * E / pace) days. Done and skipped steps keep their dates and
 * take no time; long-term and recurring steps (no effort) get no dates.
 */
public final class PlanSchedule {

    public record Dates(Optional<LocalDate> startsOn, Optional<LocalDate> dueOn) {
    }

    private PlanSchedule() {
    }

    public static int days(int effortHours, int hoursPerWeek) {
        return (int) Math.ceil(7.0 * effortHours / hoursPerWeek);
    }

    /** Dates per step, in the order given, starting on {@code from}. */
    public static List<Dates> schedule(List<PlanStep> steps, LocalDate from, int hoursPerWeek) {
        List<Dates> dates = new ArrayList<>();
        LocalDate next = from;
        for (PlanStep step : steps) {
            if (!step.status().isOpen()) {
                dates.add(new Dates(step.startsOn(), step.dueOn()));
            } else if (step.draft().effortHours().isEmpty()) {
                dates.add(new Dates(Optional.empty(), Optional.empty()));
            } else {
                LocalDate due = next.plusDays(days(step.effort(), hoursPerWeek));
                dates.add(new Dates(Optional.of(next), Optional.of(due)));
                next = due;
            }
        }
        return dates;
    }

    /** The last due date of the schedule: when the plan is expected to be complete. */
    public static Optional<LocalDate> completion(List<Dates> dates) {
        return dates.stream().flatMap(d -> d.dueOn().stream()).max(LocalDate::compareTo);
    }
}
