package app.skillpath.catalog;

import java.util.Arrays;

/** The app's one proficiency scale, 0-4, used for required levels and (later) self-ratings. */
public enum ProficiencyLevel {
    NONE(0, "none", "I have not used this yet."),
    AWARE(1, "aware", "I know what it is and when it is used, and can follow a conversation about it."),
    WORKING(2, "working", "I can do routine tasks with it on my own, looking things up as I go."),
    PROFICIENT(3, "proficient", "I solve non-routine problems with it independently and can review others' work."),
    EXPERT(4, "expert", "Others come to me for it: I can teach it, set direction and make the hard calls.");

    public static final int MIN = 0;
    public static final int MAX = 4;

    private final int value;
    private final String label;
    private final String description;

    ProficiencyLevel(int value, String label, String description) {
        this.value = value;
        this.label = label;
        this.description = description;
    }

    /** What a person at this level can do, in one sentence (shown while rating, as SFIA-style anchors). */
    public String description() {
        return description;
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
