package app.skillpath.scoring.ui;

import app.skillpath.scoring.RoleRequirements;
import org.jsoup.nodes.Element;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The browser-side bar chart (frontend/static/scripts/fit-chart.js) of "you vs the role" per skill. */
final class FitChart {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FitChart() {
    }

    static void appendTo(Element parent, RoleRequirements role, Map<String, Integer> levels) {
        List<RoleRequirements.SkillRequirement> skills = role.skills();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("labels", skills.stream().map(RoleRequirements.SkillRequirement::skillName).toList());
        data.put("you", skills.stream().map(skill -> levels.getOrDefault(skill.skillKey(), 0)).toList());
        data.put("required", skills.stream().map(RoleRequirements.SkillRequirement::requiredLevel).toList());
        parent.appendElement("skillpath-fit-chart")
                .id("fit-chart-" + role.roleKey())
                .addClass("fit-chart")
                .attr("data", JSON.writeValueAsString(data))
                // the table beside it carries the same numbers for screen readers
                .attr("aria-hidden", "true")
                // the height follows the number of bars (see styles.css)
                .attr("style", "--sp-chart-rows: " + skills.size());
    }
}
