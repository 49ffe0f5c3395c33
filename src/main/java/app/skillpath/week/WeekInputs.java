package app.skillpath.week;

import app.skillpath.assessment.RatingChange;
import app.skillpath.plan.Plan;
import app.skillpath.scoring.Answers;
import app.skillpath.scoring.RoleRequirements;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the weekly view is worked out from, all read before: the plans with what they are for, the current answers,
 * the rating history (catalog and custom skills, oldest first), when each rated skill was last rated or checked,
 * and the skills' names. Plain data, so {@link WeeklyLoop} can be tested on hand-worked dates without a database.
 */
public record WeekInputs(List<PlannedFor> plans, Answers answers, List<RatingChange> history,
                         Map<String, Instant> lastChecked, Map<String, String> skillNames, Instant now, ZoneId zone) {

    public WeekInputs {
        plans = List.copyOf(plans);
        history = List.copyOf(history);
        lastChecked = Map.copyOf(lastChecked);
        skillNames = Map.copyOf(skillNames);
    }

    /**
     * A plan with the title of its role or target, and what that asks for (empty when the role was retired or the
     * target no longer asks for a skill the catalog has: its plan stays, but it has no fit).
     */
    public record PlannedFor(Plan plan, String title, Optional<RoleRequirements> requirements) {
        public String key() {
            return plan.roleKey();
        }
    }
}
