package app.skillpath.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The whole role catalog: the article, shared skills, tools, fields of study and the roles. The lists hold the active
 * entries only; retired ones are in {@code retired}. {@code files} says which file declared each skill, tool, field
 * and role (for messages), {@code renamedFrom} which of them the files say were renamed, and from which old key.
 */
public record Catalog(Article article, List<SkillArea> areas, List<Skill> skills, List<Tool> tools,
                      List<FieldOfStudy> fields, List<Role> roles, Retired retired,
                      Map<CatalogItem, String> files, Map<CatalogItem, String> renamedFrom) {

    public Catalog {
        areas = List.copyOf(areas);
        skills = List.copyOf(skills);
        tools = List.copyOf(tools);
        fields = List.copyOf(fields);
        roles = List.copyOf(roles);
        files = Map.copyOf(files);
        renamedFrom = Map.copyOf(renamedFrom);
    }

    /** A role, active or retired: a user's existing plan may be for a retired role. */
    public Optional<Role> roleIncludingRetired(String key) {
        return role(key).or(() -> retired.roles().stream().filter(role -> role.key().equals(key)).findFirst());
    }

    public boolean isRetired(CatalogItem item) {
        List<String> keys = switch (item.kind()) {
            case SKILL -> retired.skills().stream().map(Skill::key).toList();
            case TOOL -> retired.tools().stream().map(Tool::key).toList();
            case FIELD_OF_STUDY -> retired.fields().stream().map(FieldOfStudy::key).toList();
            case ROLE -> retired.roles().stream().map(Role::key).toList();
        };
        return keys.contains(item.key());
    }

    /** Active and retired skills, for showing users' existing data; new ratings use {@link #skillsByKey()}. */
    public Map<String, Skill> skillsIncludingRetiredByKey() {
        return byKey(java.util.stream.Stream.concat(skills.stream(), retired.skills().stream()).toList(), Skill::key);
    }

    public Map<String, Tool> toolsIncludingRetiredByKey() {
        return byKey(java.util.stream.Stream.concat(tools.stream(), retired.tools().stream()).toList(), Tool::key);
    }

    public Map<String, FieldOfStudy> fieldsIncludingRetiredByKey() {
        return byKey(java.util.stream.Stream.concat(fields.stream(), retired.fields().stream()).toList(), FieldOfStudy::key);
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
