package app.skillpath.target;

import java.util.Optional;

/**
 * A skill of the user's own, for a requirement the catalog has no skill for; rated on the same 0-4
 * scale (empty = not rated yet). {@code hoursPerLevel} is the user's own estimate for the plan.
 */
public record CustomSkill(long id, String name, Optional<Integer> level, Optional<String> note, int hoursPerLevel) {

    public String key() {
        return TargetKey.ofCustomSkill(id);
    }
}
