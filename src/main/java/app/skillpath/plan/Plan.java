package app.skillpath.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A user's plan for one role, with its steps in order. */
public record Plan(long id, String roleKey, int hoursPerWeek, LocalDate startsOn, List<PlanStep> steps) {
    public Plan {
        steps = List.copyOf(steps);
    }

    public double percentDone() {
        return PlanProgress.percentDone(steps);
    }

    public Optional<LocalDate> expectedCompletion() {
        return steps.stream().filter(step -> step.status().isOpen()).flatMap(step -> step.dueOn().stream())
                .max(LocalDate::compareTo);
    }
}
