package app.skillpath.catalog;

import java.util.List;

/** One line of a role's tools section ("Python, Java, or C++ for programming") and the tools it names. */
public record ToolUsage(String articleText, List<String> toolKeys) {
    public ToolUsage {
        toolKeys = List.copyOf(toolKeys);
    }
}
