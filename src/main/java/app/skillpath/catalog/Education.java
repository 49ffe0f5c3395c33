package app.skillpath.catalog;

import java.util.List;

/**
 * A role's educational background: the article's words, the minimum and preferred levels,
 * the accepted fields (and whether "a related field" counts), and its importance weight.
 */
public record Education(String articleText, EducationLevel minimum, EducationLevel preferred,
                        List<String> fieldKeys, boolean relatedFieldsAccepted, int weight, String rationale) {
    public Education {
        fieldKeys = List.copyOf(fieldKeys);
    }
}
