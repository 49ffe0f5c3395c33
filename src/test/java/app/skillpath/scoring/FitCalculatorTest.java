package app.skillpath.scoring;

import app.skillpath.catalog.EducationLevel;
import app.skillpath.scoring.RoleRequirements.EducationRequirement;
import app.skillpath.scoring.RoleRequirements.SkillRequirement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.within;

class FitCalculatorTest {

    /** A small role: two core skills (level 3, weight 3), one light skill (level 2, weight 1), a bachelor's in CS (weight 2). Total weight 9. */
    private static final RoleRequirements ROLE = new RoleRequirements("test-role", "Test Role", List.of(
            new SkillRequirement("a", "Skill A", 3, 3),
            new SkillRequirement("b", "Skill B", 3, 3),
            new SkillRequirement("c", "Skill C", 2, 1)),
            new EducationRequirement(EducationLevel.BACHELOR, Set.of("cs"), 2));

    @ParameterizedTest(name = "{0}: fit {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                 | a | b | c | education   | field | fit (by hand)      | band
            nothing answered       | - | - | - | -           | -     | 0                  | DEVELOPING
            all zeros              | 0 | 0 | 0 | none        | cs    | 0                  | DEVELOPING
            all met                | 3 | 3 | 2 | bachelor    | cs    | 100                | READY
            over-qualified         | 4 | 4 | 4 | doctorate   | cs    | 100                | READY
            one gap                | 1 | 3 | 2 | bachelor    | cs    | 77.77777777777777  | CLOSE
            education unmet        | 3 | 3 | 2 | high-school | cs    | 85.18518518518519  | READY
            other field            | 3 | 3 | 2 | master      | other | 88.88888888888889  | READY
            unrated skills         | 3 | - | - | -           | -     | 33.333333333333336 | DEVELOPING
            half way               | 2 | 1 | 1 | associate   | other | 46.296296296296296 | DEVELOPING
            """)
    void hand_computed_cases(String name, Integer a, Integer b, Integer c, String education, String field,
                             double expectedFit, FitBand expectedBand) {
        Map<String, Integer> ratings = new HashMap<>();
        if (a != null) ratings.put("a", a);
        if (b != null) ratings.put("b", b);
        if (c != null) ratings.put("c", c);
        Answers answers = new Answers(ratings, Optional.ofNullable(education).flatMap(EducationLevel::fromKey),
                Optional.ofNullable(field));

        FitScore score = FitCalculator.score(ROLE, answers);

        assertThat(score.fit()).isCloseTo(expectedFit, within(1e-9));
        assertThat(score.band()).isEqualTo(expectedBand);
    }

    @Test
    void one_gap_is_explained_in_points_and_ranked_first() {
        FitScore score = FitCalculator.score(ROLE, new Answers(Map.of("a", 1, "b", 3, "c", 2),
                Optional.of(EducationLevel.BACHELOR), Optional.of("cs")));

        assertThat(score.roundedFit()).isEqualTo(78);
        assertThat(score.rankedGaps()).singleElement().satisfies(gap -> {
            assertThat(gap.key()).isEqualTo("a");
            assertThat(gap.gapPoints()).isCloseTo(100.0 * 3 * (2.0 / 3) / 9, within(1e-9));
            assertThat(gap.required()).isEqualTo("3 proficient");
            assertThat(gap.current()).isEqualTo("1 aware");
        });
        Contribution b = score.contributions().stream().filter(x -> x.key().equals("b")).findFirst().orElseThrow();
        assertThat(b.points()).isCloseTo(100.0 * 3 / 9, within(1e-9));
    }

    @Test
    void gaps_are_ranked_by_the_points_they_cost() {
        FitScore score = FitCalculator.score(ROLE, new Answers(Map.of("a", 2, "b", 0, "c", 0), Optional.empty(), Optional.empty()));

        assertThat(score.rankedGaps()).extracting(Contribution::key).containsExactly("b", "education", "a", "c");
        assertThat(score.rankedGaps().getFirst().current()).isEqualTo("0 none");
        assertThat(score.rankedGaps().get(1).current()).isEqualTo("not answered yet");
    }

    @Test
    void an_unrated_skill_is_shown_as_not_rated_but_scored_as_zero() {
        FitScore unrated = FitCalculator.score(ROLE, new Answers(Map.of("a", 3), Optional.empty(), Optional.empty()));
        FitScore zero = FitCalculator.score(ROLE, new Answers(Map.of("a", 3, "b", 0), Optional.empty(), Optional.empty()));

        assertThat(unrated.fit()).isEqualTo(zero.fit());
        assertThat(unrated.contributions().get(1).current()).isEqualTo("not rated yet");
    }

    @Test
    void roles_are_sorted_best_fit_first() {
        RoleRequirements easy = new RoleRequirements("easy", "Easy", List.of(new SkillRequirement("a", "A", 1, 1)),
                new EducationRequirement(EducationLevel.NONE, Set.of("cs"), 1));

        List<FitScore> scores = FitCalculator.scoreAll(List.of(ROLE, easy),
                new Answers(Map.of("a", 1), Optional.of(EducationLevel.NONE), Optional.of("cs")));

        assertThat(scores).extracting(FitScore::roleKey).containsExactly("easy", "test-role");
    }

    @Test
    void a_rating_outside_the_scale_is_refused_before_it_reaches_the_engine() {
        assertThatThrownBy(() -> new Answers(Map.of("a", 5), Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Rating of a must be 0-4, was 5");
        assertThatThrownBy(() -> new Answers(Map.of("b", -1), Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Rating of b must be 0-4, was -1");
        assertThat(new Answers(Map.of("a", 0, "b", 4), Optional.empty(), Optional.empty()).ratings()).hasSize(2);
    }

    @Test
    void answers_are_empty_until_a_skill_is_rated_or_education_answered() {
        assertThat(Answers.none().isEmpty()).isTrue();
        assertThat(Answers.none().rating("a")).isZero();
        assertThat(new Answers(Map.of("a", 0), Optional.empty(), Optional.empty()).isEmpty()).isFalse();
        assertThat(new Answers(Map.of(), Optional.of(EducationLevel.NONE), Optional.empty()).isEmpty()).isFalse();
        // a field alone, without a level, is not an answer the engine can score
        assertThat(new Answers(Map.of(), Optional.empty(), Optional.of("cs")).isEmpty()).isTrue();
    }

    @Test
    void a_target_without_education_is_scored_on_its_skills_alone() {
        RoleRequirements target = new RoleRequirements("target:1", "Posting", List.of(
                new SkillRequirement("statistics", "Statistics", 4, 3), new SkillRequirement("custom:7", "Docker", 2, 1)),
                Optional.empty());
        Answers answers = new Answers(Map.of("statistics", 2, "custom:7", 2), Optional.of(EducationLevel.NONE), Optional.empty());

        FitScore score = FitCalculator.score(target, answers);

        // (3 * 2/4 + 1 * 2/2) / 4 = 62.5; education, answered "none", costs nothing because it is not asked
        assertThat(score.fit()).isCloseTo(62.5, within(1e-9));
        assertThat(score.contributions()).extracting(Contribution::key).containsExactly("statistics", "custom:7");
    }

    @Test
    void a_profile_that_asks_for_nothing_is_refused() {
        assertThatThrownBy(() -> new RoleRequirements("target:1", "Empty", List.of(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nothing to score");
    }

    @Test
    void a_weight_of_zero_is_refused_for_skills_and_education() {
        assertThatThrownBy(() -> new EducationRequirement(EducationLevel.BACHELOR, Set.of("cs"), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Weight must be above 0, was 0");
        assertThatThrownBy(() -> new SkillRequirement("a", "A", 2, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Weight must be above 0, was 0");
        assertThatThrownBy(() -> new SkillRequirement("a", "A", 0, 1)).hasMessage("Required level must be 1-4, was 0");
        assertThatThrownBy(() -> new SkillRequirement("a", "A", 5, 1)).hasMessage("Required level must be 1-4, was 5");
        assertThat(new EducationRequirement(EducationLevel.BACHELOR, Set.of("cs"), 1).weight()).isEqualTo(1);
        assertThat(new SkillRequirement("a", "A", 4, 1).requiredLevel()).isEqualTo(4);
        assertThat(new SkillRequirement("a", "A", 1, 1).requiredLevel()).isEqualTo(1);
    }

    // --- properties over many generated roles and answers (seeded, so a failure can be replayed) ---

    private static final int RUNS = 20_000;

    /**
     * The engine against a second, deliberately plain reading of the README's formula (below), role by role.
     * The engine clamps its fit to 0..100 and refuses any score whose points and gaps do not add up to 100,
     * so checking those two facts on its output could never fail; an independent computation can.
     */
    @Test
    void every_roles_fit_points_and_gaps_equal_the_published_formula_computed_independently() {
        Random random = new Random(20261126);
        int atZero = 0;
        int atHundred = 0;
        for (int run = 0; run < RUNS / 4; run++) {
            List<RoleRequirements> roles = new ArrayList<>();
            for (int r = 0; r < 4; r++) {
                roles.add(randomRole(random, "role-" + r));
            }
            Answers answers = randomAnswers(random, roles.getFirst());

            List<FitScore> scores = FitCalculator.scoreAll(roles, answers);

            assertThat(scores).hasSize(roles.size());
            for (RoleRequirements role : roles) {
                FitScore score = scores.stream().filter(s -> s.roleKey().equals(role.roleKey())).findFirst().orElseThrow();
                Published expected = Published.score(role, answers);
                Supplier<String> where = () -> role + " with " + answers;
                check(score.fit(), expected.fit(), 1e-9, "fit", where);
                FitBand band = expected.fit() >= 85 ? FitBand.READY : expected.fit() >= 60 ? FitBand.CLOSE : FitBand.DEVELOPING;
                if (score.band() != band) {
                    fail("band %s instead of %s for %s", score.band(), band, where.get());
                }
                List<String> keys = score.contributions().stream().map(Contribution::key).toList();
                if (!keys.equals(expected.keys())) {
                    fail("dimensions %s instead of %s for %s", keys, expected.keys(), where.get());
                }
                for (int i = 0; i < keys.size(); i++) {
                    Contribution c = score.contributions().get(i);
                    check(c.weight(), expected.weights().get(i), 0, "weight", where);
                    check(c.coverage(), expected.coverages().get(i), 1e-12, "coverage of dimension " + i, where);
                    check(c.points(), expected.points().get(i), 1e-9, "points of dimension " + i, where);
                    check(c.gapPoints(), expected.gapPoints().get(i), 1e-9, "gap points of dimension " + i, where);
                }
                atZero += expected.fit() == 0 ? 1 : 0;
                atHundred += expected.fit() == 100 ? 1 : 0;
            }
            // best fit first: each score is at least the next one
            for (int i = 1; i < scores.size(); i++) {
                if (scores.get(i - 1).fit() < scores.get(i).fit()) {
                    fail("%s ranked before %s", scores.get(i - 1), scores.get(i));
                }
            }
        }
        // the generator reaches both ends of the scale, where a clamp could hide a wrong sum
        assertThat(atZero).isPositive();
        assertThat(atHundred).isPositive();
    }

    /** Fails only on a mismatch: 100,000 comparisons through AssertJ would make every mutant's run slow. */
    private static void check(double actual, double expected, double tolerance, String what, Supplier<String> where) {
        if (Math.abs(actual - expected) > tolerance) {
            fail("%s is %s, the formula gives %s, for %s", what, actual, expected, where.get());
        }
    }

    /**
     * The README's "fit score" section, written out again without the engine's code: ranks of education levels
     * as the README lists them, coverage per dimension, then fit and gap points from their definitions.
     */
    private record Published(double fit, List<String> keys, List<Integer> weights, List<Double> coverages,
                             List<Double> points, List<Double> gapPoints) {

        private static final Map<EducationLevel, Integer> RANK = Map.of(EducationLevel.NONE, 0, EducationLevel.HIGH_SCHOOL, 1,
                EducationLevel.ASSOCIATE, 2, EducationLevel.BACHELOR, 3, EducationLevel.MASTER, 4, EducationLevel.DOCTORATE, 5);

        static Published score(RoleRequirements role, Answers answers) {
            List<String> keys = new ArrayList<>();
            List<Integer> weights = new ArrayList<>();
            List<Double> coverages = new ArrayList<>();
            for (SkillRequirement skill : role.skills()) {
                int rating = answers.ratings().containsKey(skill.skillKey()) ? answers.ratings().get(skill.skillKey()) : 0;
                keys.add(skill.skillKey());
                weights.add(skill.weight());
                coverages.add(rating >= skill.requiredLevel() ? 1.0 : rating / (double) skill.requiredLevel());
            }
            if (role.education().isPresent()) {
                keys.add("education");
                weights.add(role.education().get().weight());
                coverages.add(educationCoverage(role.education().get(), answers));
            }

            double weightSum = weights.stream().mapToInt(Integer::intValue).sum();
            double weightedCoverage = 0;
            List<Double> points = new ArrayList<>();
            List<Double> gapPoints = new ArrayList<>();
            for (int i = 0; i < keys.size(); i++) {
                weightedCoverage += weights.get(i) * coverages.get(i);
                points.add(100 * weights.get(i) * coverages.get(i) / weightSum);
                gapPoints.add(100 * weights.get(i) * (1 - coverages.get(i)) / weightSum);
            }
            return new Published(100 * weightedCoverage / weightSum, keys, weights, coverages, points, gapPoints);
        }

        private static double educationCoverage(EducationRequirement requirement, Answers answers) {
            if (answers.education().isEmpty()) {
                return 0;
            }
            int rank = RANK.get(answers.education().get());
            int minimum = RANK.get(requirement.minimum());
            double levelPart = rank >= minimum ? 1 : (double) rank / minimum;
            double fieldPart = answers.fieldKey().isPresent() && requirement.acceptedFieldKeys().contains(answers.fieldKey().get())
                    ? 1 : 0.5;
            return levelPart * fieldPart;
        }
    }

    @Test
    void raising_a_rating_never_lowers_any_roles_fit() {
        Random random = new Random(42);
        for (int run = 0; run < RUNS; run++) {
            RoleRequirements role = randomRole(random);
            Answers answers = randomAnswers(random, role);
            double before = FitCalculator.score(role, answers).fit();
            for (String skill : List.of("s0", "s1", "s2", "s3", "s4", "s5", "s6", "s7")) {
                int current = answers.rating(skill);
                if (current < 4) {
                    Map<String, Integer> raised = new HashMap<>(answers.ratings());
                    raised.put(skill, current + 1);
                    double after = FitCalculator.score(role, new Answers(raised, answers.education(), answers.fieldKey())).fit();
                    if (after < before - 1e-12) {
                        fail("raising %s from %d lowered the fit from %s to %s for %s with %s", skill, current, before, after, role, answers);
                    }
                }
            }
        }
    }

    @Test
    void raising_education_never_lowers_fit() {
        Random random = new Random(7);
        for (int run = 0; run < RUNS; run++) {
            RoleRequirements role = randomRole(random);
            Answers answers = randomAnswers(random, role);
            EducationLevel level = answers.education().orElse(EducationLevel.NONE);
            if (level == EducationLevel.DOCTORATE) {
                continue;
            }
            Answers raised = new Answers(answers.ratings(), Optional.of(EducationLevel.values()[level.ordinal() + 1]), answers.fieldKey());
            double before = FitCalculator.score(role, answers).fit();
            double after = FitCalculator.score(role, raised).fit();
            if (after < before - 1e-12) {
                fail("raising education from %s lowered the fit from %s to %s for %s with %s", level, before, after, role, answers);
            }
        }
    }

    private static RoleRequirements randomRole(Random random) {
        return randomRole(random, "r");
    }

    private static RoleRequirements randomRole(Random random, String key) {
        int skillCount = 1 + random.nextInt(8);
        List<SkillRequirement> skills = new ArrayList<>();
        for (int i = 0; i < skillCount; i++) {
            skills.add(new SkillRequirement("s" + i, "Skill " + i, 1 + random.nextInt(4), 1 + random.nextInt(5)));
        }
        EducationLevel minimum = EducationLevel.values()[random.nextInt(EducationLevel.values().length)];
        // one profile in four asks for no education, as a user's target from a posting may not
        Optional<EducationRequirement> education = random.nextInt(4) == 0 ? Optional.empty()
                : Optional.of(new EducationRequirement(minimum, Set.of("cs", "maths"), 1 + random.nextInt(5)));
        return new RoleRequirements(key, key.toUpperCase(java.util.Locale.ROOT), skills, education);
    }

    private static Answers randomAnswers(Random random, RoleRequirements role) {
        Map<String, Integer> ratings = new HashMap<>();
        for (int i = 0; i < 8; i++) {
            if (random.nextInt(4) > 0) {
                ratings.put("s" + i, random.nextInt(5));
            }
        }
        Optional<EducationLevel> education = random.nextBoolean()
                ? Optional.of(EducationLevel.values()[random.nextInt(EducationLevel.values().length)]) : Optional.empty();
        Optional<String> field = switch (random.nextInt(3)) {
            case 0 -> Optional.of("cs");
            case 1 -> Optional.of(Answers.OTHER_FIELD);
            default -> Optional.empty();
        };
        return new Answers(ratings, education, field);
    }
}
