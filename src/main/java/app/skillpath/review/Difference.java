package app.skillpath.review;

import java.util.Optional;

/**
 * How far the owner's level and the reviewer's lie apart, flagged as career-ladder calibration does: one level is
 * worth a conversation, two or more are a real disconnect.
 */
public enum Difference {
    SAME("Same level"),
    WORTH_A_CONVERSATION("1 level apart: worth a conversation"),
    DISCONNECT("2 or more levels apart: a real disconnect"),
    NOT_COMPARED("Not compared: one of you gave no level");

    private final String label;

    Difference(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Difference between(Optional<Integer> own, Optional<Integer> reviewer) {
        if (own.isEmpty() || reviewer.isEmpty()) {
            return NOT_COMPARED;
        }
        return switch (Math.abs(own.get() - reviewer.get())) {
            case 0 -> SAME;
            case 1 -> WORTH_A_CONVERSATION;
            default -> DISCONNECT;
        };
    }
}
