package app.skillpath.plan;

import java.util.Arrays;
import java.util.Optional;

public enum StepStatus {
    TODO("todo", "To do"), IN_PROGRESS("in-progress", "In progress"), DONE("done", "Done"), SKIPPED("skipped", "Skipped");

    private final String key;
    private final String label;

    StepStatus(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public boolean isOpen() {
        return this == TODO || this == IN_PROGRESS;
    }

    public static Optional<StepStatus> fromKey(String key) {
        return Arrays.stream(values()).filter(status -> status.key.equals(key)).findFirst();
    }
}
