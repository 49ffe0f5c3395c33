package app.skillpath.catalog;

/**
 * A catalog entry that users' data can point at (a rating, a tool answer, an education answer, a plan), named by
 * its kind and key. Such an entry may be renamed or retired in the files, but never silently removed.
 */
public record CatalogItem(Kind kind, String key) {

    public enum Kind {
        SKILL("skill"), TOOL("tool"), FIELD_OF_STUDY("field of study"), ROLE("role");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** How messages name this kind of entry. */
        public String label() {
            return label;
        }
    }

    public static CatalogItem skill(String key) {
        return new CatalogItem(Kind.SKILL, key);
    }

    public static CatalogItem tool(String key) {
        return new CatalogItem(Kind.TOOL, key);
    }

    public static CatalogItem field(String key) {
        return new CatalogItem(Kind.FIELD_OF_STUDY, key);
    }

    public static CatalogItem role(String key) {
        return new CatalogItem(Kind.ROLE, key);
    }
}
