package app.skillpath.target;

import java.util.List;
import java.util.Optional;

/**
 * A target as the user edits it, before it is checked and saved. Empty strings mean "not given".
 * A skill is a catalog skill key, an existing custom skill's key ("custom:7"), or a new custom skill:
 * a null key and the name the user chose (a custom skill of the same name, ignoring case, is reused).
 */
public record TargetDraft(String title, String company, String postingText, String postingUrl, List<SkillDraft> skills,
                          Optional<TargetEducation> education, List<String> toolKeys) {

    public TargetDraft {
        skills = List.copyOf(skills);
        toolKeys = List.copyOf(toolKeys);
    }

    public static TargetDraft empty() {
        return new TargetDraft("", "", "", "", List.of(), Optional.empty(), List.of());
    }

    public record SkillDraft(String skillKey, String customName, int requiredLevel, int weight, boolean mustHave) {

        public static SkillDraft catalog(String skillKey, int requiredLevel, int weight, boolean mustHave) {
            return new SkillDraft(skillKey, null, requiredLevel, weight, mustHave);
        }

        public static SkillDraft newCustom(String name, int requiredLevel, int weight, boolean mustHave) {
            return new SkillDraft(null, name, requiredLevel, weight, mustHave);
        }

        public boolean isNewCustom() {
            return skillKey == null;
        }
    }
}
