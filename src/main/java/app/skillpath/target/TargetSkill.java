package app.skillpath.target;

/**
 * One skill a target asks for: a catalog skill ("statistics") or one of the owner's custom skills
 * ("custom:7", {@code custom} true), its required level 1-4, weight 1-5, and whether the posting
 * asked for it as a must-have.
 */
public record TargetSkill(String skillKey, String name, boolean custom, int requiredLevel, int weight, boolean mustHave) {
}
