package app.skillpath.assessment;

import java.util.Optional;

/** A user's answer for one skill: the level 0..4 (empty = not rated yet) and an optional evidence note. */
public record SkillRating(String skillKey, Optional<Integer> level, Optional<String> note) {
}
