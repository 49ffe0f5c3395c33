package app.skillpath.posting;

import java.util.List;

/** A catalog tool the posting names, with where it names it. */
public record ToolProposal(String toolKey, List<Span> evidence) {

    public ToolProposal {
        evidence = List.copyOf(evidence);
    }
}
