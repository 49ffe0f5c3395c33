package app.skillpath.posting;

import app.skillpath.catalog.EducationLevel;

import java.util.List;
import java.util.Optional;

/**
 * The education the posting asks for: the minimum level, a preferred higher one if it says so, the catalog fields of
 * study it names, whether "a related field" is accepted, and the words it came from.
 */
public record EducationProposal(EducationLevel minimum, Optional<EducationLevel> preferred, List<String> fieldKeys,
                                boolean relatedFieldsAccepted, List<Span> evidence) {

    public EducationProposal {
        fieldKeys = List.copyOf(fieldKeys);
        evidence = List.copyOf(evidence);
    }
}
