package app.skillpath.catalog;

public record FieldOfStudy(String key, String name) {
}
