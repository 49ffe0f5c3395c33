package app.skillpath.target;

import app.skillpath.catalog.EducationLevel;

import java.util.List;

/** The education a target asks for: a minimum level, the accepted fields (catalog keys), and its weight 1-5. */
public record TargetEducation(EducationLevel minimum, List<String> fieldKeys, boolean relatedFieldsAccepted, int weight) {
    public TargetEducation {
        fieldKeys = List.copyOf(fieldKeys);
    }
}
