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

import static org.assertj.core.api.Assertions.assertThat;
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
        assertThat(pointsAndGaps(score)).isCloseTo(100, within(FitCalculator.SUM_TOLERANCE));
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

    // --- properties over many generated roles and answers (seeded, so a failure can be replayed) ---

    private static final int RUNS = 20_000;

    @Test
    void the_score_stays_between_0_and_100_and_fit_plus_gaps_is_100() {
        Random random = new Random(20261126);
        for (int run = 0; run < RUNS; run++) {
            RoleRequirements role = randomRole(random);
            FitScore score = FitCalculator.score(role, randomAnswers(random, role));

            assertThat(score.fit()).isBetween(0.0, 100.0);
            assertThat(pointsAndGaps(score)).isCloseTo(100, within(FitCalculator.SUM_TOLERANCE));
            assertThat(score.contributions()).allSatisfy(c -> assertThat(c.coverage()).isBetween(0.0, 1.0));
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
                    assertThat(after).as("raising %s from %d", skill, current).isGreaterThanOrEqualTo(before - 1e-12);
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
            assertThat(FitCalculator.score(role, raised).fit()).isGreaterThanOrEqualTo(FitCalculator.score(role, answers).fit() - 1e-12);
        }
    }

    private static RoleRequirements randomRole(Random random) {
        int skillCount = 1 + random.nextInt(8);
        List<SkillRequirement> skills = new ArrayList<>();
        for (int i = 0; i < skillCount; i++) {
            skills.add(new SkillRequirement("s" + i, "Skill " + i, 1 + random.nextInt(4), 1 + random.nextInt(5)));
        }
        EducationLevel minimum = EducationLevel.values()[random.nextInt(EducationLevel.values().length)];
        return new RoleRequirements("r", "R", skills, new EducationRequirement(minimum, Set.of("cs", "maths"), 1 + random.nextInt(5)));
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

    private static double pointsAndGaps(FitScore score) {
        return score.contributions().stream().mapToDouble(c -> c.points() + c.gapPoints()).sum();
    }
}
