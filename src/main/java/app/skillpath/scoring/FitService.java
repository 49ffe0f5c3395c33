package app.skillpath.scoring;

import app.skillpath.assessment.AssessmentService;
import app.skillpath.assessment.SelfAssessment;
import app.skillpath.catalog.CatalogService;
import app.skillpath.catalog.Role;
import app.skillpath.catalog.Skill;
import app.skillpath.target.MyTargets;
import app.skillpath.target.Target;
import app.skillpath.target.TargetKey;
import app.skillpath.target.TargetService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The logged-in user's fit for every role of the catalog and every target of their own, from their current answers
 * (catalog ratings and the ratings of their custom skills), all with the one published formula.
 */
@Service
public class FitService {

    private final CatalogService catalogService;
    private final AssessmentService assessmentService;
    private final TargetService targetService;

    public FitService(CatalogService catalogService, AssessmentService assessmentService, TargetService targetService) {
        this.catalogService = catalogService;
        this.assessmentService = assessmentService;
        this.targetService = targetService;
    }

    /**
     * The user's answers and their scores for the catalog roles and their own targets, best fit first; two SQL
     * statements however many targets there are (answers, and targets with custom skills; the catalog is in memory).
     */
    @Transactional(readOnly = true)
    public FitOverview myFit() {
        SelfAssessment assessment = assessmentService.mine();
        MyTargets targets = targetService.mine();
        List<RoleRequirements> all = Stream.concat(requirements().stream(), targetRequirements(targets).stream()).toList();
        return new FitOverview(assessment, targets, FitCalculator.scoreAll(all, answers(assessment, targets)));
    }

    /** The catalog roles' requirements (active roles and skills only). */
    public List<RoleRequirements> requirements() {
        var skills = catalogService.catalog().skillsByKey();
        return catalogService.roles().stream().map(role -> requirements(role, skills)).toList();
    }

    /** What a catalog role or one of the user's targets asks for, by its key; empty for an unknown or foreign key. */
    public Optional<RoleRequirements> requirementsOf(String key, MyTargets targets) {
        if (TargetKey.isTarget(key)) {
            return targets.target(key).flatMap(this::requirements);
        }
        return requirements().stream().filter(role -> role.roleKey().equals(key)).findFirst();
    }

    /** The requirements of the targets that still ask for something (a target whose skills were all retired does not). */
    public List<RoleRequirements> targetRequirements(MyTargets targets) {
        return targets.targets().stream().map(this::requirements).flatMap(Optional::stream).toList();
    }

    /**
     * A target as the engine scores it: its catalog skills still active in the catalog and its custom skills, each with
     * its level and weight, and its education if it asks for some.
     */
    public Optional<RoleRequirements> requirements(Target target) {
        Map<String, Skill> active = catalogService.catalog().skillsByKey();
        List<RoleRequirements.SkillRequirement> skills = target.skills().stream()
                .filter(skill -> skill.custom() || active.containsKey(skill.skillKey()))
                .map(skill -> new RoleRequirements.SkillRequirement(skill.skillKey(), skill.name(), skill.requiredLevel(), skill.weight()))
                .toList();
        Optional<RoleRequirements.EducationRequirement> education = target.education()
                .map(asked -> new RoleRequirements.EducationRequirement(asked.minimum(), Set.copyOf(asked.fieldKeys()), asked.weight()));
        if (skills.isEmpty() && education.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RoleRequirements(target.key(), target.title(), skills, education));
    }

    static RoleRequirements requirements(Role role, Map<String, Skill> skills) {
        return new RoleRequirements(role.key(), role.title(),
                role.requiredSkills().stream().map(required -> new RoleRequirements.SkillRequirement(required.skillKey(),
                        skills.get(required.skillKey()).name(), required.requiredLevel(), required.weight())).toList(),
                new RoleRequirements.EducationRequirement(role.education().minimum(),
                        Set.copyOf(role.education().fieldKeys()), role.education().weight()));
    }

    /** The catalog answers alone (for pages and tests that have no targets at hand). */
    public static Answers answers(SelfAssessment assessment) {
        return answers(assessment, MyTargets.none());
    }

    /** Catalog ratings and custom-skill ratings ("custom:7") together, as every score of the user takes them. */
    public static Answers answers(SelfAssessment assessment, MyTargets targets) {
        Map<String, Integer> ratings = new HashMap<>(assessment.levels());
        ratings.putAll(targets.customRatings());
        return new Answers(ratings, assessment.education().level(), assessment.education().fieldKey());
    }

    public record FitOverview(SelfAssessment assessment, MyTargets targets, List<FitScore> scores) {
        public boolean hasAnswers() {
            return assessment.hasAnyAnswer() || !targets.customRatings().isEmpty();
        }

        public List<FitScore> roleScores() {
            return scores.stream().filter(score -> !TargetKey.isTarget(score.roleKey())).toList();
        }

        public List<FitScore> targetScores() {
            return scores.stream().filter(score -> TargetKey.isTarget(score.roleKey())).toList();
        }
    }
}
