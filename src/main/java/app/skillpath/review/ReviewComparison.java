package app.skillpath.review;

import app.skillpath.scoring.Answers;
import app.skillpath.scoring.FitCalculator;
import app.skillpath.scoring.RoleRequirements;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Sets a submitted review against the owner's answers, with the published fit formula; plain Java, so every rule is
 * tested on hand-worked numbers.
 *
 * <p>The three fits change skill levels only (education and custom skills stay the owner's own, as a reviewer rates
 * neither): "reviewer's" puts the reviewer's level in for every skill they gave one for; "lower" takes the lower of the
 * owner's level now and the reviewer's for those skills (an unrated skill counts as 0, as in every score).
 */
public final class ReviewComparison {

    private ReviewComparison() {
    }

    /**
     * @param current      the owner's answers now (catalog and custom ratings, education)
     * @param activeSkills the catalog's active skill keys: a retired skill's level cannot be adopted
     * @param requirements the roles and targets to score
     */
    public static Comparison compare(SubmittedReview review, Answers current, Set<String> activeSkills,
                                     List<RoleRequirements> requirements) {
        List<Comparison.Row> rows = review.answers().stream()
                .map(answer -> new Comparison.Row(answer.skillKey(), answer.skillName(), answer.ownLevel(),
                        answer.reviewerLevel(), answer.cannotJudge(), answer.comment(),
                        java.util.Optional.ofNullable(current.ratings().get(answer.skillKey())),
                        !activeSkills.contains(answer.skillKey())))
                .toList();
        Map<String, Integer> reviewerLevels = new HashMap<>();
        review.answers().forEach(answer -> answer.reviewerLevel().ifPresent(level -> reviewerLevels.put(answer.skillKey(), level)));
        Answers byReviewer = with(current, reviewerLevels);
        Map<String, Integer> lowerLevels = new HashMap<>();
        reviewerLevels.forEach((skill, level) -> lowerLevels.put(skill, Math.min(level, current.rating(skill))));
        Answers byLower = with(current, lowerLevels);
        List<Comparison.ThreeFits> fits = requirements.stream()
                .map(role -> new Comparison.ThreeFits(role.roleKey(), role.title(),
                        FitCalculator.score(role, current).fit(),
                        role.skills().stream().anyMatch(skill -> reviewerLevels.containsKey(skill.skillKey()))
                                ? OptionalDouble.of(FitCalculator.score(role, byReviewer).fit()) : OptionalDouble.empty(),
                        FitCalculator.score(role, byLower).fit()))
                .toList();
        return new Comparison(review, rows, fits);
    }

    private static Answers with(Answers answers, Map<String, Integer> levels) {
        Map<String, Integer> ratings = new HashMap<>(answers.ratings());
        ratings.putAll(levels);
        return new Answers(ratings, answers.education(), answers.fieldKey());
    }
}
