package app.skillpath.catalog;

import java.util.Arrays;

/** The app's one proficiency scale, 0-4, used for required levels and (later) self-ratings. */
public enum ProficiencyLevel {
    NONE(0, "none"),
    AWARE(1, "aware"),
    WORKING(2, "working"),
    PROFICIENT(3, "proficient"),
    EXPERT(4, "expert");

    public static final int MIN = 0;
    public static final int MAX = 4;

    private final int value;
    private final String label;

    ProficiencyLevel(int value, String label) {
        this.value = value;
        this.label = label;
    }

    public int value() {
        return value;
    }

    public String label() {
        return label;
    }

    /** For example "3 proficient". */
    public String display() {
        return value + " " + label;
    }

    public static ProficiencyLevel of(int value) {
        return Arrays.stream(values())
                .filter(level -> level.value == value)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Proficiency level must be 0-4, was " + value));
    }
}
