package app.skillpath.plan;

import app.skillpath.catalog.EducationLevel;
import app.skillpath.catalog.Role;
import app.skillpath.catalog.Skill;
import app.skillpath.catalog.Tip;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a plan is built from, for a catalog role or a user's target alike: the skills asked for (with the user's own
 * hours per level for a custom skill, which no tip of the article covers), the article's getting-started tips that
 * apply, and the education asked for with the words it was asked in.
 */
public record PlanBasis(List<Need> skills, List<Tip> tips, Optional<EducationNeed> education) {

    public PlanBasis {
        skills = List.copyOf(skills);
        tips = List.copyOf(tips);
    }

    /** A skill asked for; {@code ownHoursPerLevel} is present for the user's own (custom) skill only. */
    public record Need(String skillKey, String name, int requiredLevel, OptionalInt ownHoursPerLevel) {
        public boolean isOwnSkill() {
            return ownHoursPerLevel.isPresent();
        }
    }

    public record EducationNeed(EducationLevel minimum, List<String> fieldKeys, boolean relatedFieldsAccepted,
                                Optional<String> askedIn) {
        public EducationNeed {
            fieldKeys = List.copyOf(fieldKeys);
        }
    }

    public Optional<Need> need(String skillKey) {
        return skills.stream().filter(need -> need.skillKey().equals(skillKey)).findFirst();
    }

    /** A catalog role's basis: its required skills, its own tips and its education in the article's words. */
    public static PlanBasis of(Role role, Map<String, Skill> skills) {
        return new PlanBasis(role.requiredSkills().stream()
                .filter(required -> skills.containsKey(required.skillKey()))
                .map(required -> new Need(required.skillKey(), skills.get(required.skillKey()).name(), required.requiredLevel(),
                        OptionalInt.empty()))
                .toList(),
                role.tips(),
                Optional.of(new EducationNeed(role.education().minimum(), role.education().fieldKeys(),
                        role.education().relatedFieldsAccepted(), Optional.of(role.education().articleText()))));
    }
}
