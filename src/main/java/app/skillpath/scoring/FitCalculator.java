package app.skillpath.scoring;

import app.skillpath.catalog.EducationLevel;
import app.skillpath.catalog.ProficiencyLevel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The published fit formula (plain Java, see the README):
 * <pre>
 *   skill coverage   c_i = min(u_i, r_i) / r_i            (u_i = rating, unrated = 0; r_i = required level)
 *   fit              = 100 * sum(w_i * c_i) / sum(w_i)    over all skills and education
 *   gap points       = 100 * w_i * (1 - c_i) / sum(w_i)
 * </pre>
 * so fit plus all gap points is 100. A target that asks for no education is scored on its skills alone.
 * Education coverage = level part * field part, where the level
 * part is 1 once the minimum is met and (rank of level) / (rank of minimum) below it (none = 0,
 * high school = 1, ... doctorate = 5), and the field part is 1 for an accepted field and 0.5 for any
 * other or unstated field (the article accepts "a related field", which Skillpath cannot judge).
 */
public final class FitCalculator {

    /** Tolerance of the "fit plus gaps is 100" check, for floating-point rounding only. */
    static final double SUM_TOLERANCE = 1e-9;
    static final double OTHER_FIELD_FACTOR = 0.5;

    private FitCalculator() {
    }

    /** Scores of every role, best fit first (ties by title). */
    public static List<FitScore> scoreAll(List<RoleRequirements> roles, Answers answers) {
        return roles.stream().map(role -> score(role, answers))
                .sorted(Comparator.comparingDouble(FitScore::fit).reversed().thenComparing(FitScore::title))
                .toList();
    }

    public static FitScore score(RoleRequirements role, Answers answers) {
        int totalWeight = role.education().map(RoleRequirements.EducationRequirement::weight).orElse(0);
        for (RoleRequirements.SkillRequirement skill : role.skills()) {
            totalWeight += skill.weight();
        }
        List<Contribution> contributions = new ArrayList<>();
        double weightedCoverage = 0;
        for (RoleRequirements.SkillRequirement skill : role.skills()) {
            int rating = answers.rating(skill.skillKey());
            double coverage = (double) Math.min(rating, skill.requiredLevel()) / skill.requiredLevel();
            Contribution contribution = contribution(Contribution.Kind.SKILL, skill.skillKey(), skill.skillName(),
                    skill.weight(), coverage, totalWeight,
                    ProficiencyLevel.of(skill.requiredLevel()).display(),
                    answers.ratings().containsKey(skill.skillKey()) ? ProficiencyLevel.of(rating).display() : "not rated yet");
            contributions.add(contribution);
            weightedCoverage += skill.weight() * coverage;
        }
        if (role.education().isPresent()) {
            RoleRequirements.EducationRequirement education = role.education().get();
            Contribution educationContribution = contribution(Contribution.Kind.EDUCATION, "education", "Education",
                    education.weight(), educationCoverage(education, answers), totalWeight,
                    education.minimum().label(),
                    answers.education().map(EducationLevel::label).orElse("not answered yet"));
            contributions.add(educationContribution);
            weightedCoverage += education.weight() * educationContribution.coverage();
        }
        // one division for the whole score; the clamp only absorbs floating-point noise (100.00000000000001)
        double fit = Math.max(0, Math.min(100, 100.0 * weightedCoverage / totalWeight));

        double sum = contributions.stream().mapToDouble(c -> c.points() + c.gapPoints()).sum();
        if (Math.abs(sum - 100) > SUM_TOLERANCE) {
            throw new IllegalStateException("Fit and gap points of " + role.roleKey() + " add up to " + sum + ", not 100");
        }
        return new FitScore(role.roleKey(), role.title(), fit, FitBand.of(fit), contributions);
    }

    static double educationCoverage(RoleRequirements.EducationRequirement requirement, Answers answers) {
        if (answers.education().isEmpty()) {
            return 0;
        }
        EducationLevel level = answers.education().get();
        double levelPart = level.isAtLeast(requirement.minimum()) ? 1
                : (double) level.ordinal() / requirement.minimum().ordinal();
        boolean acceptedField = answers.fieldKey().map(requirement.acceptedFieldKeys()::contains).orElse(false);
        return levelPart * (acceptedField ? 1 : OTHER_FIELD_FACTOR);
    }

    private static Contribution contribution(Contribution.Kind kind, String key, String name, int weight, double coverage,
                                             int totalWeight, String required, String current) {
        double share = 100.0 * weight / totalWeight;
        double points = share * coverage;
        return new Contribution(kind, key, name, weight, coverage, points, share - points, required, current);
    }
}
