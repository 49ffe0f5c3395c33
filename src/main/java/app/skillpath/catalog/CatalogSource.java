package app.skillpath.catalog;

/** The text of one catalog file and the name it is reported under (its path below db/catalog). */
public record CatalogSource(String name, String content) {
}
