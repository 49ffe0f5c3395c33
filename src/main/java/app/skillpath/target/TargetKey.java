package app.skillpath.target;

import java.util.Optional;

/**
 * The keys that let targets and custom skills travel where catalog roles and skills do (fit scores, plans,
 * ratings): "target:12" and "custom:7". Catalog keys are lower-case words joined by hyphens, so a colon
 * can never make one collide with a catalog key.
 */
public final class TargetKey {

    public static final String TARGET_PREFIX = "target:";
    public static final String CUSTOM_SKILL_PREFIX = "custom:";

    private TargetKey() {
    }

    public static String ofTarget(long id) {
        return TARGET_PREFIX + id;
    }

    public static String ofCustomSkill(long id) {
        return CUSTOM_SKILL_PREFIX + id;
    }

    public static boolean isTarget(String key) {
        return targetId(key).isPresent();
    }

    public static boolean isCustomSkill(String key) {
        return customSkillId(key).isPresent();
    }

    /** The target's id in a "target:12" key; empty for anything else (a catalog role key, a forged value). */
    public static Optional<Long> targetId(String key) {
        return idAfter(TARGET_PREFIX, key);
    }

    public static Optional<Long> customSkillId(String key) {
        return idAfter(CUSTOM_SKILL_PREFIX, key);
    }

    private static Optional<Long> idAfter(String prefix, String key) {
        if (key == null || !key.startsWith(prefix)) {
            return Optional.empty();
        }
        String digits = key.substring(prefix.length());
        if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(digits));
    }
}
