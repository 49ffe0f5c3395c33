package app.skillpath.catalog;

/** A skill shared by every role that names it; grouped in an area. */
public record Skill(String key, String name, String areaKey, String description) {
}
