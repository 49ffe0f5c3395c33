package app.skillpath.assessment;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Everything a user has answered: ratings and notes per skill key, education, and tools used. */
public record SelfAssessment(Map<String, SkillRating> ratings, EducationAnswer education, Set<String> toolKeys) {

    public SelfAssessment {
        ratings = Map.copyOf(ratings);
        toolKeys = Set.copyOf(toolKeys);
    }

    public static SelfAssessment empty() {
        return new SelfAssessment(Map.of(), EducationAnswer.none(), Set.of());
    }

    public Optional<Integer> level(String skillKey) {
        return Optional.ofNullable(ratings.get(skillKey)).flatMap(SkillRating::level);
    }

    public Optional<String> note(String skillKey) {
        return Optional.ofNullable(ratings.get(skillKey)).flatMap(SkillRating::note);
    }

    /** Skill keys with a level (0 counts as rated; "not rated yet" does not). */
    public Map<String, Integer> levels() {
        return ratings.values().stream().filter(rating -> rating.level().isPresent())
                .collect(java.util.stream.Collectors.toUnmodifiableMap(SkillRating::skillKey, rating -> rating.level().get()));
    }

    public boolean hasAnyAnswer() {
        return !levels().isEmpty() || education.level().isPresent();
    }
}
