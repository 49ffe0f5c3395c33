package app.skillpath.assessment;

import java.time.Instant;
import java.util.Optional;

/** One entry of the rating history: the level a skill was given (empty = cleared), and when. */
public record RatingChange(String skillKey, Optional<Integer> level, Instant changedAt) {
}
