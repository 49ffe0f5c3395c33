package app.skillpath.catalog;

import java.util.List;
import java.util.Optional;

/** A career role with every section of the article. */
public record Role(
        String key,
        String title,
        String summary,
        String definition,
        ListSection responsibilities,
        String skillsIntro,
        List<RequiredSkill> requiredSkills,
        Education education,
        ToolsSection tools,
        ListSection industries,
        Outlook outlook,
        String tipsIntro,
        List<Tip> tips) {

    public Role {
        requiredSkills = List.copyOf(requiredSkills);
        tips = List.copyOf(tips);
    }

    public Optional<RequiredSkill> requirement(String skillKey) {
        return requiredSkills.stream().filter(required -> required.skillKey().equals(skillKey)).findFirst();
    }

    public List<String> skillKeys() {
        return requiredSkills.stream().map(RequiredSkill::skillKey).toList();
    }
}
