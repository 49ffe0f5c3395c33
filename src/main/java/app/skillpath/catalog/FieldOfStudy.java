package app.skillpath.catalog;

import java.util.List;

/** A field of study; {@code aliases} are the other words job postings use for it (each names this field only). */
public record FieldOfStudy(String key, String name, List<String> aliases) {

    public FieldOfStudy {
        aliases = List.copyOf(aliases);
    }
}
