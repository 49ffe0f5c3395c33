package app.skillpath.scoring;

import app.skillpath.catalog.EducationLevel;

import java.util.Map;
import java.util.Optional;

/**
 * A user's answers as the engine sees them: a rating 0..4 per rated skill (absent means not rated
 * yet, scored as 0), and the highest completed education with its field ({@link #OTHER_FIELD} for
 * a field outside the catalog).
 */
public record Answers(Map<String, Integer> ratings, Optional<EducationLevel> education, Optional<String> fieldKey) {

    public static final String OTHER_FIELD = "other";

    public Answers {
        ratings = Map.copyOf(ratings);
        ratings.forEach((skill, level) -> {
            if (level < 0 || level > 4) {
                throw new IllegalArgumentException("Rating of " + skill + " must be 0-4, was " + level);
            }
        });
    }

    public static Answers none() {
        return new Answers(Map.of(), Optional.empty(), Optional.empty());
    }

    public int rating(String skillKey) {
        return ratings.getOrDefault(skillKey, 0);
    }

    public boolean isEmpty() {
        return ratings.isEmpty() && education.isEmpty();
    }
}
