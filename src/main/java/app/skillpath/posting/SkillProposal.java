package app.skillpath.posting;

import java.util.List;

/**
 * A catalog skill the posting asks for: must-have or nice-to-have, the required level (1-4) and weight read from the
 * wording, the places in the posting it came from, and {@code reading}: in words, why must or nice and why this level.
 */
public record SkillProposal(String skillKey, boolean mustHave, int level, int weight, List<Span> evidence, String reading) {

    public SkillProposal {
        evidence = List.copyOf(evidence);
    }
}
