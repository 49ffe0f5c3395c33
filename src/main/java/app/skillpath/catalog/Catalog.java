package app.skillpath.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The whole role catalog: the article, shared skills, tools, fields of study and the roles. */
public record Catalog(Article article, List<SkillArea> areas, List<Skill> skills, List<Tool> tools,
                      List<FieldOfStudy> fields, List<Role> roles) {

    public Catalog {
        areas = List.copyOf(areas);
        skills = List.copyOf(skills);
        tools = List.copyOf(tools);
        fields = List.copyOf(fields);
        roles = List.copyOf(roles);
    }

    public Optional<Role> role(String key) {
        return roles.stream().filter(role -> role.key().equals(key)).findFirst();
    }

    public Map<String, Skill> skillsByKey() {
        return byKey(skills, Skill::key);
    }

    public Map<String, SkillArea> areasByKey() {
        return byKey(areas, SkillArea::key);
    }

    public Map<String, Tool> toolsByKey() {
        return byKey(tools, Tool::key);
    }

    public Map<String, FieldOfStudy> fieldsByKey() {
        return byKey(fields, FieldOfStudy::key);
    }

    private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toUnmodifiableMap(key, Function.identity()));
    }
}
