package app.skillpath.catalog;

import java.util.List;

/** An article section that is an introductory sentence followed by a bulleted list. */
public record ListSection(String intro, List<String> items) {
    public ListSection {
        items = List.copyOf(items);
    }
}
