package app.skillpath.catalog;

import java.util.Arrays;
import java.util.Optional;

/** The ordered scale of completed education; declaration order is the order of the scale. */
public enum EducationLevel {
    NONE("none", "No formal qualification"),
    HIGH_SCHOOL("high-school", "High school"),
    ASSOCIATE("associate", "Associate degree"),
    BACHELOR("bachelor", "Bachelor's degree"),
    MASTER("master", "Master's degree"),
    DOCTORATE("doctorate", "Doctorate (PhD)");

    private final String key;
    private final String label;

    EducationLevel(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public boolean isAtLeast(EducationLevel other) {
        return compareTo(other) >= 0;
    }

    public static Optional<EducationLevel> fromKey(String key) {
        return Arrays.stream(values()).filter(level -> level.key.equals(key)).findFirst();
    }
}
