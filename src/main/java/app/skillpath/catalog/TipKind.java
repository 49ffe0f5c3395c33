package app.skillpath.catalog;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a getting-started tip does for a learner: build a skill, produce evidence of skills
 * (projects), or keep up over time (staying up to date).
 */
public enum TipKind {
    SKILL("skill"),
    EVIDENCE("evidence"),
    ONGOING("ongoing");

    private final String key;

    TipKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<TipKind> fromKey(String key) {
        return Arrays.stream(values()).filter(kind -> kind.key.equals(key)).findFirst();
    }
}
