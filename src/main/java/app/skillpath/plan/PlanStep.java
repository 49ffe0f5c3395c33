package app.skillpath.plan;

import java.time.LocalDate;
import java.util.Optional;

/** A stored plan step: the draft it came from, its dates, and what the user did with it. */
public record PlanStep(long id, int position, StepDraft draft, Optional<LocalDate> startsOn, Optional<LocalDate> dueOn,
                       StepStatus status, Optional<String> note, Optional<LocalDate> doneOn, boolean closedByRating,
                       int version) {

    public String key() {
        return draft.key();
    }

    public int effort() {
        return draft.effortHours().orElse(0);
    }
}
