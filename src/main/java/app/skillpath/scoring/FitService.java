package app.skillpath.scoring;

import app.skillpath.assessment.AssessmentService;
import app.skillpath.assessment.SelfAssessment;
import app.skillpath.catalog.CatalogService;
import app.skillpath.catalog.Role;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The logged-in user's fit for every role of the catalog, from their current answers. */
@Service
public class FitService {

    private final CatalogService catalogService;
    private final AssessmentService assessmentService;

    public FitService(CatalogService catalogService, AssessmentService assessmentService) {
        this.catalogService = catalogService;
        this.assessmentService = assessmentService;
    }

    /** The user's answers and their scores, best fit first; one SQL statement (the catalog is in memory). */
    public FitOverview myFit() {
        SelfAssessment assessment = assessmentService.mine();
        return new FitOverview(assessment, FitCalculator.scoreAll(requirements(), answers(assessment)));
    }

    public List<RoleRequirements> requirements() {
        var skills = catalogService.catalog().skillsByKey();
        return catalogService.roles().stream().map(role -> requirements(role, skills)).toList();
    }

    static RoleRequirements requirements(Role role, Map<String, app.skillpath.catalog.Skill> skills) {
        return new RoleRequirements(role.key(), role.title(),
                role.requiredSkills().stream().map(required -> new RoleRequirements.SkillRequirement(required.skillKey(),
                        skills.get(required.skillKey()).name(), required.requiredLevel(), required.weight())).toList(),
                new RoleRequirements.EducationRequirement(role.education().minimum(),
                        Set.copyOf(role.education().fieldKeys()), role.education().weight()));
    }

    public static Answers answers(SelfAssessment assessment) {
        return new Answers(assessment.levels(), assessment.education().level(), assessment.education().fieldKey());
    }

    public record FitOverview(SelfAssessment assessment, List<FitScore> scores) {
        public boolean hasAnswers() {
            return assessment.hasAnyAnswer();
        }
    }
}
