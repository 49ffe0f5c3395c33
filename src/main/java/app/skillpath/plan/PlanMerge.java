package app.skillpath.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Regenerating a plan after ratings changed (plain Java): steps that still apply keep their status,
 * note and date done and take the new text and effort; new gaps add steps; steps whose gap is closed
 * are marked complete ("closed by your ratings") and kept. Nothing the user wrote is lost. Steps someone suggested
 * (key "suggested:<id>", accepted from a team) are no gap of the ratings: they are kept exactly as they are, after the
 * generated steps, never closed and never dropped.
 */
public final class PlanMerge {

    /** The key prefix of a step accepted from a team's suggestion ("suggested:<suggestion id>"). */
    public static final String SUGGESTED_PREFIX = "suggested:";

    /** A step as it should be stored after the merge; id is empty for a new step. */
    public record Merged(Optional<Long> id, StepDraft draft, StepStatus status, Optional<String> note,
                         Optional<LocalDate> doneOn, boolean closedByRating, Optional<LocalDate> startsOn,
                         Optional<LocalDate> dueOn, int version) {
    }

    private PlanMerge() {
    }

    public static List<Merged> merge(List<PlanStep> existing, List<StepDraft> generated, LocalDate today) {
        Map<String, PlanStep> byKey = new LinkedHashMap<>();
        existing.forEach(step -> byKey.put(step.key(), step));
        List<Merged> merged = new ArrayList<>();
        for (StepDraft draft : generated) {
            PlanStep old = byKey.remove(draft.key());
            if (old == null) {
                merged.add(new Merged(Optional.empty(), draft, StepStatus.TODO, Optional.empty(), Optional.empty(), false,
                        Optional.empty(), Optional.empty(), 0));
            } else {
                // a step closed by an earlier rating whose gap has opened again is open again
                StepStatus status = old.closedByRating() ? StepStatus.TODO : old.status();
                Optional<LocalDate> doneOn = old.closedByRating() ? Optional.empty() : old.doneOn();
                merged.add(new Merged(Optional.of(old.id()), draft, status, old.note(), doneOn, false,
                        old.startsOn(), old.dueOn(), old.version()));
            }
        }
        for (PlanStep kept : existing) {
            if (isSuggested(kept.key()) && byKey.remove(kept.key()) != null) {
                merged.add(new Merged(Optional.of(kept.id()), kept.draft(), kept.status(), kept.note(), kept.doneOn(),
                        kept.closedByRating(), kept.startsOn(), kept.dueOn(), kept.version()));
            }
        }
        for (PlanStep gone : byKey.values()) {
            boolean open = gone.status().isOpen();
            merged.add(new Merged(Optional.of(gone.id()), gone.draft(), open ? StepStatus.DONE : gone.status(), gone.note(),
                    open ? Optional.of(today) : gone.doneOn(), open || gone.closedByRating(), gone.startsOn(), gone.dueOn(),
                    gone.version()));
        }
        return merged;
    }

    /** Whether a step's key is that of a step accepted from a suggestion, which regenerating leaves alone. */
    public static boolean isSuggested(String stepKey) {
        return stepKey != null && stepKey.startsWith(SUGGESTED_PREFIX);
    }
}
