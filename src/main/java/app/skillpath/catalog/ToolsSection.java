package app.skillpath.catalog;

import java.util.List;
import java.util.Optional;

/**
 * A role's "Tools and Software Used" section. The note explains an empty or incomplete section
 * (the article lists no tools for the Data Science Manager) rather than inventing text.
 */
public record ToolsSection(String intro, List<ToolUsage> usages, Optional<String> note) {
    public ToolsSection {
        usages = List.copyOf(usages);
    }

    public List<String> toolKeys() {
        return usages.stream().flatMap(usage -> usage.toolKeys().stream()).distinct().toList();
    }
}
