package app.skillpath.scoring.ui;

import app.skillpath.scoring.RoleRequirements;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The browser-side bar chart (frontend/static/scripts/fit-chart.js) of "you vs the role" per skill. */
@Tag("skillpath-fit-chart")
class FitChart extends Component {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    FitChart(RoleRequirements role, Map<String, Integer> levels) {
        List<RoleRequirements.SkillRequirement> skills = role.skills();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("labels", skills.stream().map(RoleRequirements.SkillRequirement::skillName).toList());
        data.put("you", skills.stream().map(skill -> levels.getOrDefault(skill.skillKey(), 0)).toList());
        data.put("required", skills.stream().map(RoleRequirements.SkillRequirement::requiredLevel).toList());
        getElement().setAttribute("data", JSON.writeValueAsString(data));
        // the table below carries the same numbers for screen readers
        getElement().setAttribute("aria-hidden", "true");
        // the height follows the number of bars (see styles.css)
        getElement().getStyle().set("--sp-chart-rows", String.valueOf(skills.size()));
        addClassName("fit-chart");
        setId("fit-chart-" + role.roleKey());
    }

}
