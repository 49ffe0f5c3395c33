package app.skillpath.target;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** All of a user's targets (oldest first) and custom skills (by name), as read in one statement. */
public record MyTargets(List<Target> targets, List<CustomSkill> customSkills) {

    public MyTargets {
        targets = List.copyOf(targets);
        customSkills = List.copyOf(customSkills);
    }

    public static MyTargets none() {
        return new MyTargets(List.of(), List.of());
    }

    public Optional<Target> target(String key) {
        return targets.stream().filter(target -> target.key().equals(key)).findFirst();
    }

    /** The ratings of the custom skills that have one, by key ("custom:7"), as the scoring engine takes them. */
    public Map<String, Integer> customRatings() {
        return customSkills.stream().filter(skill -> skill.level().isPresent())
                .collect(Collectors.toUnmodifiableMap(CustomSkill::key, skill -> skill.level().orElseThrow()));
    }

    public Map<String, CustomSkill> customSkillsByKey() {
        return customSkills.stream().collect(Collectors.toUnmodifiableMap(CustomSkill::key, Function.identity()));
    }
}
