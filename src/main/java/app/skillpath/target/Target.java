package app.skillpath.target;

import java.util.List;
import java.util.Optional;

/**
 * A user's own target profile, shaped like a catalog role: skills with required level and weight,
 * education (optional: a posting may ask for none), the catalog tools it names, and where it came from.
 */
public record Target(long id, int version, String title, Optional<String> company, Optional<String> postingText,
                     Optional<String> postingUrl, List<TargetSkill> skills, Optional<TargetEducation> education,
                     List<String> toolKeys) {

    public Target {
        skills = List.copyOf(skills);
        toolKeys = List.copyOf(toolKeys);
    }

    /** The key under which the target is scored and planned ("target:12"). */
    public String key() {
        return TargetKey.ofTarget(id);
    }

    public Optional<TargetSkill> skill(String skillKey) {
        return skills.stream().filter(skill -> skill.skillKey().equals(skillKey)).findFirst();
    }

    /** The target as a draft, to edit it. */
    public TargetDraft toDraft() {
        return new TargetDraft(title, company.orElse(""), postingText.orElse(""), postingUrl.orElse(""),
                skills.stream().map(skill -> new TargetDraft.SkillDraft(skill.skillKey(), skill.custom() ? skill.name() : null,
                        skill.requiredLevel(), skill.weight(), skill.mustHave())).toList(),
                education, toolKeys);
    }
}
