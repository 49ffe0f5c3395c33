package app.skillpath.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Progress as the share of effort done; skipped steps leave the total, steps without effort do not count. */
public final class PlanProgress {

    private PlanProgress() {
    }

    /** 0..100, or 100 when there is no effort left to count. */
    public static double percentDone(List<PlanStep> steps) {
        int total = 0;
        int done = 0;
        for (PlanStep step : steps) {
            if (step.status() == StepStatus.SKIPPED) {
                continue;
            }
            total += step.effort();
            if (step.status() == StepStatus.DONE) {
                done += step.effort();
            }
        }
        return total == 0 ? 100 : 100.0 * done / total;
    }

    /**
     * Percent done per skill, over the skill steps of each skill that have an effort: a step without one (a suggestion
     * accepted from a team) has no share to count, and alone would read "100% done" while still to do.
     */
    public static Map<String, Double> percentDoneBySkill(List<PlanStep> steps) {
        Map<String, Double> bySkill = new LinkedHashMap<>();
        for (PlanStep step : steps) {
            step.draft().skillKey().filter(skill -> step.draft().effortHours().isPresent()).ifPresent(skill -> bySkill.put(skill, percentDone(steps.stream()
                    .filter(other -> other.draft().skillKey().equals(step.draft().skillKey())).toList())));
        }
        return bySkill;
    }
}
