package app.skillpath.catalog;

import java.util.List;

/** A tool; {@code aliases} are the other words job postings use for it (each names this tool only). */
public record Tool(String key, String name, List<String> aliases) {

    public Tool {
        aliases = List.copyOf(aliases);
    }
}
