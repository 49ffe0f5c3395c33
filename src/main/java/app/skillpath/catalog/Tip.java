package app.skillpath.catalog;

import java.util.List;

/**
 * A getting-started tip in the article's words, the skills it builds, the tools it names and the
 * estimated hours it takes to move one of those skills up one level.
 */
public record Tip(String key, String text, TipKind kind, List<String> skillKeys, List<String> toolKeys,
                  int hoursPerLevelStep) {
    public Tip {
        skillKeys = List.copyOf(skillKeys);
        toolKeys = List.copyOf(toolKeys);
    }
}
