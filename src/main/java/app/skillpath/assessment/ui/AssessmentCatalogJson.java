package app.skillpath.assessment.ui;

import app.skillpath.assessment.EducationAnswer;
import app.skillpath.catalog.Catalog;
import app.skillpath.catalog.CatalogService;
import app.skillpath.catalog.EducationLevel;
import app.skillpath.catalog.ProficiencyLevel;
import app.skillpath.catalog.Role;
import app.skillpath.catalog.Skill;
import app.skillpath.catalog.SkillArea;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalog as the assessment form needs it, with the {@link AssessmentContract}: the same JSON
 * string for every user, built once and shared by every open form. CatalogService swaps in a new
 * {@link Catalog} object when the catalog is installed again (it publishes no event), so the JSON is
 * kept together with the catalog it was built from and built again when that object changes.
 */
@Component
public class AssessmentCatalogJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A catalog and its JSON, built from it. */
    public record Built(Catalog catalog, String json) {
    }

    private final CatalogService catalogService;
    private volatile Built built;

    public AssessmentCatalogJson(CatalogService catalogService) {
        this.catalogService = catalogService;
    }

    /** The current catalog and its JSON. */
    public Built current() {
        Catalog catalog = catalogService.catalog();
        Built cached = built;
        if (cached == null || cached.catalog() != catalog) {
            // two requests may both build it after a change: the same string either way, and only the first wait
            cached = new Built(catalog, JSON.writeValueAsString(data(catalog)));
            built = cached;
        }
        return cached;
    }

    private static Map<String, Object> data(Catalog catalog) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("contract", AssessmentContract.CURRENT);
        data.put("scale", Arrays.stream(ProficiencyLevel.values()).map(level -> Map.of(
                "value", level.value(), "label", level.display(), "description", level.description())).toList());
        data.put("roles", catalog.roles().stream().map(role -> Map.of("key", role.key(), "title", role.title())).toList());
        List<Map<String, Object>> areas = new ArrayList<>();
        for (SkillArea area : catalog.areas()) {
            List<Map<String, Object>> skills = catalog.skills().stream()
                    .filter(skill -> skill.areaKey().equals(area.key()))
                    .map(skill -> skillData(skill, catalog.roles())).toList();
            if (!skills.isEmpty()) {
                areas.add(Map.of("key", area.key(), "name", area.name(), "skills", skills));
            }
        }
        data.put("areas", areas);
        data.put("skillCount", catalog.skills().size());
        data.put("educationLevels", Arrays.stream(EducationLevel.values())
                .map(level -> Map.of("key", level.key(), "label", level.label())).toList());
        List<Map<String, String>> fields = new ArrayList<>(catalog.fields().stream()
                .map(field -> Map.of("key", field.key(), "label", field.name())).toList());
        fields.add(Map.of("key", EducationAnswer.OTHER_FIELD, "label", AssessmentContract.CURRENT.texts().otherField()));
        data.put("fields", fields);
        data.put("tools", catalog.tools().stream().map(tool -> Map.of("key", tool.key(), "label", tool.name())).toList());
        return data;
    }

    private static Map<String, Object> skillData(Skill skill, List<Role> roles) {
        return Map.of("key", skill.key(), "name", skill.name(), "description", skill.description(),
                "roles", roles.stream().filter(role -> role.skillKeys().contains(skill.key())).map(Role::key).toList());
    }
}
