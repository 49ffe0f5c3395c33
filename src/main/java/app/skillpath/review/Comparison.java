package app.skillpath.review;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A submitted review set against the owner's ratings: per skill both levels, their {@link Difference} and the level
 * the owner holds now; per role and target the fit three ways.
 */
public record Comparison(SubmittedReview review, List<Row> rows, List<ThreeFits> fits) {

    public Comparison {
        rows = List.copyOf(rows);
        fits = List.copyOf(fits);
    }

    public long count(Difference difference) {
        return rows.stream().filter(row -> row.difference() == difference).count();
    }

    /**
     * One skill: the owner's level when the review was submitted, the reviewer's level (empty also for "can't
     * judge"), the reviewer's comment, and the level the owner holds now (after adopting, the agreed one).
     */
    public record Row(String skillKey, String skillName, Optional<Integer> ownLevel, Optional<Integer> reviewerLevel,
                      boolean cannotJudge, Optional<String> comment, Optional<Integer> currentLevel, boolean retired) {

        public Difference difference() {
            return Difference.between(ownLevel, reviewerLevel);
        }

        /** The owner can take the reviewer's level: there is one, it differs from theirs now, and the skill is active. */
        public boolean canAdopt() {
            return reviewerLevel.isPresent() && !reviewerLevel.equals(currentLevel) && !retired;
        }
    }

    /**
     * A role's or target's fit by the owner's ratings now, by the reviewer's where given (empty when the reviewer
     * gave a level for none of its skills) and by the lower of the two per skill.
     */
    public record ThreeFits(String key, String title, double own, OptionalDouble reviewer, double lower) {
    }
}
