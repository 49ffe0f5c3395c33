package app.skillpath.review;

import java.util.List;

/** Which skills a review asks about, as the owner chose them. */
public sealed interface ReviewScope {

    /** Every active skill of the catalog. */
    record AllSkills() implements ReviewScope {
    }

    /** The skills a catalog role or one of the owner's targets asks for (catalog skills only). */
    record OfRoleOrTarget(String key) implements ReviewScope {
    }

    /** Skills picked by hand, by catalog key, in the order given. */
    record Picked(List<String> skillKeys) implements ReviewScope {
        public Picked {
            skillKeys = List.copyOf(skillKeys);
        }
    }
}
