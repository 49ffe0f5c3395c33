package app.skillpath.assessment;

import app.skillpath.catalog.EducationLevel;

import java.util.Optional;

/** Highest completed education and its field: a catalog field key, or {@link #OTHER_FIELD}. */
public record EducationAnswer(Optional<EducationLevel> level, Optional<String> fieldKey) {

    public static final String OTHER_FIELD = "other";

    public static EducationAnswer none() {
        return new EducationAnswer(Optional.empty(), Optional.empty());
    }
}
