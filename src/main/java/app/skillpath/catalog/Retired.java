package app.skillpath.catalog;

import java.util.List;

/**
 * Catalog entries marked {@code retired: true}: kept, with users' data and history for them, but offered for no new
 * rating, score or plan. They are kept apart from the catalog's active lists so that every screen that offers
 * something new simply never sees them.
 */
public record Retired(List<Skill> skills, List<Tool> tools, List<FieldOfStudy> fields, List<Role> roles) {

    public Retired {
        skills = List.copyOf(skills);
        tools = List.copyOf(tools);
        fields = List.copyOf(fields);
        roles = List.copyOf(roles);
    }

    public static Retired none() {
        return new Retired(List.of(), List.of(), List.of(), List.of());
    }
}
