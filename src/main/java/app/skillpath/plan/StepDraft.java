package app.skillpath.plan;

import java.util.List;
import java.util.Optional;

/**
 * A step as generated from the gaps, before the user has touched it. {@code key} says what the step
 * is for, so that a regenerated plan can be matched with the stored one.
 */
public record StepDraft(String key, StepKind kind, String title, Optional<String> skillKey, Optional<Integer> fromLevel,
                        Optional<Integer> toLevel, List<String> articleTips, String action, Optional<Integer> effortHours) {
    public StepDraft {
        articleTips = List.copyOf(articleTips);
    }
}
