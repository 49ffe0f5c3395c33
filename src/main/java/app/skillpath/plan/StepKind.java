package app.skillpath.plan;

import java.util.Arrays;
import java.util.Optional;

/** What a plan step is for: closing a skill gap, showing evidence, education, or a recurring habit. */
public enum StepKind {
    SKILL("skill"), EVIDENCE("evidence"), EDUCATION("education"), ONGOING("ongoing");

    private final String key;

    StepKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<StepKind> fromKey(String key) {
        return Arrays.stream(values()).filter(kind -> kind.key.equals(key)).findFirst();
    }
}
