package app.skillpath.catalog;

/**
 * A role's requirement on one skill: the article's words, the required level on the 0-4 scale,
 * the importance weight, and why those were chosen.
 */
public record RequiredSkill(String skillKey, String articleText, int requiredLevel, int weight, String rationale) {
}
