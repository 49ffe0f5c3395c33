package app.skillpath.catalog;

import java.util.List;

/**
 * A skill shared by every role that names it; grouped in an area. {@code aliases} are the other words job postings
 * use for it (each names this skill only, see {@link CatalogParser}).
 */
public record Skill(String key, String name, String areaKey, String description, List<String> aliases) {

    public Skill {
        aliases = List.copyOf(aliases);
    }
}
