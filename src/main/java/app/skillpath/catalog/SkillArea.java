package app.skillpath.catalog;

public record SkillArea(String key, String name) {
}
