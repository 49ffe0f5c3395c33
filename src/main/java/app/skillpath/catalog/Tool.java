package app.skillpath.catalog;

public record Tool(String key, String name) {
}
