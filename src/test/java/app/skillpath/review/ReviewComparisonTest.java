package app.skillpath.review;

import app.skillpath.catalog.EducationLevel;
import app.skillpath.scoring.Answers;
import app.skillpath.scoring.RoleRequirements;
import app.skillpath.scoring.RoleRequirements.EducationRequirement;
import app.skillpath.scoring.RoleRequirements.SkillRequirement;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The comparison's rules on hand-worked numbers: the flags, the three fits, and when a level can be adopted. */
class ReviewComparisonTest {

    private static final Set<String> ACTIVE = Set.of("sql", "stats", "python");

    /** sql: level 4, weight 2; stats: level 2, weight 1; no education, so only the two skills count (weight 3). */
    private static final RoleRequirements ANALYST = new RoleRequirements("analyst", "Analyst",
            List.of(new SkillRequirement("sql", "SQL", 4, 2), new SkillRequirement("stats", "Statistics", 2, 1)),
            Optional.empty());

    /** Asks only for python, which the reviewers below give no level for. */
    private static final RoleRequirements DEVELOPER = new RoleRequirements("developer", "Developer",
            List.of(new SkillRequirement("python", "Python", 2, 1)), Optional.empty());

    private static Optional<Integer> level(Integer level) {
        return Optional.ofNullable(level);
    }

    private static SubmittedReview.Answer answer(String skill, Integer own, Integer reviewer) {
        return new SubmittedReview.Answer(skill, skill, level(own), level(reviewer), false, Optional.empty());
    }

    private static SubmittedReview.Answer cannotJudge(String skill, Integer own) {
        return new SubmittedReview.Answer(skill, skill, level(own), Optional.empty(), true, Optional.empty());
    }

    private static SubmittedReview review(SubmittedReview.Answer... answers) {
        return new SubmittedReview(1, Optional.of("Rita"), "Hand-picked skills", Instant.parse("2026-11-20T10:00:00Z"),
                List.of(answers));
    }

    private static Answers ratings(Map<String, Integer> ratings) {
        return new Answers(ratings, Optional.empty(), Optional.empty());
    }

    private static Comparison.ThreeFits fit(Comparison comparison, String key) {
        return comparison.fits().stream().filter(fit -> fit.key().equals(key)).findFirst().orElseThrow();
    }

    private static Comparison.Row row(Comparison comparison, String skill) {
        return comparison.rows().stream().filter(row -> row.skillKey().equals(skill)).findFirst().orElseThrow();
    }

    @Test
    void the_flag_follows_how_many_levels_lie_between_and_needs_both_levels() {
        assertThat(Difference.between(level(3), level(3))).isEqualTo(Difference.SAME);
        assertThat(Difference.between(level(2), level(3))).isEqualTo(Difference.WORTH_A_CONVERSATION);
        assertThat(Difference.between(level(3), level(2))).isEqualTo(Difference.WORTH_A_CONVERSATION);
        assertThat(Difference.between(level(1), level(3))).isEqualTo(Difference.DISCONNECT);
        assertThat(Difference.between(level(4), level(0))).isEqualTo(Difference.DISCONNECT);
        assertThat(Difference.between(Optional.empty(), level(2))).isEqualTo(Difference.NOT_COMPARED);
        assertThat(Difference.between(level(2), Optional.empty())).isEqualTo(Difference.NOT_COMPARED);
        assertThat(Difference.between(Optional.empty(), Optional.empty())).isEqualTo(Difference.NOT_COMPARED);
    }

    @Test
    void rows_carry_both_levels_the_flag_and_the_level_now_and_the_counts_add_them_up() {
        SubmittedReview review = review(answer("sql", 2, 4), answer("stats", 2, 1), answer("python", null, 3));

        Comparison comparison = ReviewComparison.compare(review, ratings(Map.of("sql", 3, "stats", 2)), ACTIVE, List.of(ANALYST));

        assertThat(row(comparison, "sql").difference()).isEqualTo(Difference.DISCONNECT);
        assertThat(row(comparison, "sql").ownLevel()).contains(2);
        assertThat(row(comparison, "sql").currentLevel()).as("the level now, not the one reviewed").contains(3);
        assertThat(row(comparison, "stats").difference()).isEqualTo(Difference.WORTH_A_CONVERSATION);
        assertThat(row(comparison, "python").difference()).isEqualTo(Difference.NOT_COMPARED);
        assertThat(row(comparison, "python").currentLevel()).isEmpty();
        assertThat(comparison.count(Difference.DISCONNECT)).isEqualTo(1);
        assertThat(comparison.count(Difference.WORTH_A_CONVERSATION)).isEqualTo(1);
        assertThat(comparison.count(Difference.SAME)).isZero();
    }

    /*
     * Analyst, own sql 2 and stats 2: (2 * 2/4 + 1 * 2/2) / 3 = 2 / 3     = 66.7
     * the reviewer's sql 4 and stats 1: (2 * 4/4 + 1 * 1/2) / 3 = 2.5 / 3 = 83.3
     * the lower, sql 2 and stats 1:     (2 * 2/4 + 1 * 1/2) / 3 = 1.5 / 3 = 50
     */
    @Test
    void the_three_fits_put_in_the_reviewers_levels_and_the_lower_of_the_two() {
        SubmittedReview review = review(answer("sql", 2, 4), answer("stats", 2, 1));

        Comparison comparison = ReviewComparison.compare(review, ratings(Map.of("sql", 2, "stats", 2)), ACTIVE, List.of(ANALYST));

        Comparison.ThreeFits analyst = fit(comparison, "analyst");
        assertThat(analyst.title()).isEqualTo("Analyst");
        assertThat(analyst.own()).isCloseTo(200.0 / 3, within(1e-9));
        assertThat(analyst.reviewer()).hasValueCloseTo(250.0 / 3, within(1e-9));
        assertThat(analyst.lower()).isCloseTo(50, within(1e-9));
    }

    /* own: (2 * 2/4 + 1 * 2/2) / 3 = 66.7; the reviewer's, sql kept at 2 and stats 1: (1 + 0.5) / 3 = 50 */
    @Test
    void cant_judge_keeps_the_owners_level_in_the_reviewers_fit() {
        SubmittedReview review = review(cannotJudge("sql", 2), answer("stats", 2, 1));

        Comparison comparison = ReviewComparison.compare(review, ratings(Map.of("sql", 2, "stats", 2)), ACTIVE, List.of(ANALYST));

        assertThat(row(comparison, "sql").difference()).isEqualTo(Difference.NOT_COMPARED);
        assertThat(fit(comparison, "analyst").reviewer()).hasValueCloseTo(50.0, within(1e-9));
        assertThat(fit(comparison, "analyst").lower()).isCloseTo(50, within(1e-9));
    }

    @Test
    void a_role_none_of_whose_skills_got_a_level_has_no_reviewer_fit_and_its_lower_fit_is_the_owners() {
        SubmittedReview review = review(answer("sql", 2, 4), cannotJudge("python", 1));

        Comparison comparison = ReviewComparison.compare(review, ratings(Map.of("sql", 2, "python", 1)), ACTIVE,
                List.of(ANALYST, DEVELOPER));

        Comparison.ThreeFits developer = fit(comparison, "developer");
        assertThat(developer.reviewer()).isEmpty();
        // python 1 of 2
        assertThat(developer.own()).isCloseTo(50, within(1e-9));
        assertThat(developer.lower()).isCloseTo(50, within(1e-9));
        assertThat(fit(comparison, "analyst").reviewer()).isPresent();
    }

    /*
     * A target: sql level 4 weight 2, an own (custom) skill level 2 weight 1, a bachelor's in "cs" weight 1 (total 4).
     * The owner: sql 2, the own skill 2, a master's in cs. Own: (2 * 0.5 + 1 + 1) / 4 = 75.
     * The reviewer's sql 4: (2 + 1 + 1) / 4 = 100; sql 0: (0 + 1 + 1) / 4 = 50: the own skill and education stay full.
     */
    @Test
    void education_and_the_owners_own_skills_stay_the_owners_in_every_fit() {
        RoleRequirements target = new RoleRequirements("target:1", "Data lead",
                List.of(new SkillRequirement("sql", "SQL", 4, 2), new SkillRequirement("custom:7", "Dashboards", 2, 1)),
                new EducationRequirement(EducationLevel.BACHELOR, Set.of("cs"), 1));
        Answers owner = new Answers(Map.of("sql", 2, "custom:7", 2), Optional.of(EducationLevel.MASTER), Optional.of("cs"));

        Comparison higher = ReviewComparison.compare(review(answer("sql", 2, 4)), owner, ACTIVE, List.of(target));
        Comparison lower = ReviewComparison.compare(review(answer("sql", 2, 0)), owner, ACTIVE, List.of(target));

        assertThat(fit(higher, "target:1").own()).isCloseTo(75, within(1e-9));
        assertThat(fit(higher, "target:1").reviewer()).hasValueCloseTo(100.0, within(1e-9));
        assertThat(fit(higher, "target:1").lower()).isCloseTo(75, within(1e-9));
        assertThat(fit(lower, "target:1").reviewer()).hasValueCloseTo(50.0, within(1e-9));
        assertThat(fit(lower, "target:1").lower()).isCloseTo(50, within(1e-9));
    }

    @Test
    void the_lower_fit_is_never_above_the_owners_or_the_reviewers() {
        List<String> failures = new ArrayList<>();
        for (int ownSql = 0; ownSql <= 4; ownSql++) {
            for (int reviewerSql = 0; reviewerSql <= 4; reviewerSql++) {
                for (int ownStats = 0; ownStats <= 4; ownStats++) {
                    for (int reviewerStats = 0; reviewerStats <= 4; reviewerStats++) {
                        Comparison comparison = ReviewComparison.compare(
                                review(answer("sql", ownSql, reviewerSql), answer("stats", ownStats, reviewerStats)),
                                ratings(Map.of("sql", ownSql, "stats", ownStats)), ACTIVE, List.of(ANALYST));
                        Comparison.ThreeFits fit = fit(comparison, "analyst");
                        if (fit.lower() > fit.own() + 1e-9 || fit.lower() > fit.reviewer().orElseThrow() + 1e-9) {
                            failures.add("own " + ownSql + "/" + ownStats + ", reviewer " + reviewerSql + "/" + reviewerStats);
                        }
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void raising_a_reviewer_level_never_lowers_the_reviewers_fit() {
        for (int stats = 0; stats <= 4; stats++) {
            double previous = -1;
            for (int sql = 0; sql <= 4; sql++) {
                Comparison comparison = ReviewComparison.compare(review(answer("sql", 2, sql), answer("stats", 2, stats)),
                        ratings(Map.of("sql", 2, "stats", 2)), ACTIVE, List.of(ANALYST));
                double reviewerFit = fit(comparison, "analyst").reviewer().orElseThrow();
                assertThat(reviewerFit).as("sql %d, stats %d", sql, stats).isGreaterThanOrEqualTo(previous);
                previous = reviewerFit;
            }
        }
    }

    @Test
    void a_level_can_be_adopted_only_when_the_reviewer_gave_one_it_differs_from_the_level_now_and_the_skill_is_active() {
        Map<String, Integer> now = new HashMap<>(Map.of("sql", 3, "stats", 2, "python", 1, "retired", 1));
        SubmittedReview review = review(answer("sql", 2, 3), answer("stats", 2, 3), cannotJudge("python", 1),
                answer("retired", 1, 3));

        Comparison comparison = ReviewComparison.compare(review, ratings(now), ACTIVE, List.of(ANALYST));

        assertThat(row(comparison, "sql").canAdopt()).as("already adopted: the level now equals the reviewer's").isFalse();
        assertThat(row(comparison, "stats").canAdopt()).isTrue();
        assertThat(row(comparison, "python").canAdopt()).as("can't judge: no level").isFalse();
        assertThat(row(comparison, "retired").retired()).isTrue();
        assertThat(row(comparison, "retired").canAdopt()).as("a retired skill").isFalse();
    }

    @Test
    void an_unrated_skill_can_take_the_reviewers_level() {
        Comparison comparison = ReviewComparison.compare(review(answer("python", null, 0)), ratings(Map.of()), ACTIVE,
                List.of(DEVELOPER));

        assertThat(row(comparison, "python").canAdopt()).isTrue();
        assertThat(fit(comparison, "developer").reviewer()).hasValueCloseTo(0.0, within(1e-9));
    }
}
