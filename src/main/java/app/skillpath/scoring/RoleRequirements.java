package app.skillpath.scoring;

import app.skillpath.catalog.EducationLevel;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a role or a user's target asks for, as the scoring engine needs it: skills with level and weight, and
 * education (a catalog role always asks for some; a target from a posting may not, and is then scored on skills only).
 */
public record RoleRequirements(String roleKey, String title, List<SkillRequirement> skills,
                               Optional<EducationRequirement> education) {

    public RoleRequirements {
        skills = List.copyOf(skills);
        if (skills.isEmpty() && education.isEmpty()) {
            throw new IllegalArgumentException(roleKey + " asks for nothing: there is nothing to score");
        }
    }

    public RoleRequirements(String roleKey, String title, List<SkillRequirement> skills, EducationRequirement education) {
        this(roleKey, title, skills, Optional.of(education));
    }

    /** Required level 1..4 on the proficiency scale and an importance weight above 0. */
    public record SkillRequirement(String skillKey, String skillName, int requiredLevel, int weight) {
        public SkillRequirement {
            if (requiredLevel < 1 || requiredLevel > 4) {
                throw new IllegalArgumentException("Required level must be 1-4, was " + requiredLevel);
            }
            if (weight <= 0) {
                throw new IllegalArgumentException("Weight must be above 0, was " + weight);
            }
        }
    }

    public record EducationRequirement(EducationLevel minimum, Set<String> acceptedFieldKeys, int weight) {
        public EducationRequirement {
            acceptedFieldKeys = Set.copyOf(acceptedFieldKeys);
            if (weight <= 0) {
                throw new IllegalArgumentException("Weight must be above 0, was " + weight);
            }
        }
    }
}
