package app.skillpath.posting;

import java.util.List;
import java.util.Optional;

/** What a posting asks for, as proposals the user judges and edits before saving a target. */
public record PostingAnalysis(List<SkillProposal> skills, List<ToolProposal> tools, Optional<EducationProposal> education,
                              List<Unmatched> notInCatalog) {

    public PostingAnalysis {
        skills = List.copyOf(skills);
        tools = List.copyOf(tools);
        notInCatalog = List.copyOf(notInCatalog);
    }

    /**
     * Whether nothing at all was found, not even a requirement outside the catalog: not an error (the user can still
     * build the target by hand), but worth saying so.
     */
    public boolean foundNothing() {
        return skills.isEmpty() && tools.isEmpty() && education.isEmpty() && notInCatalog.isEmpty();
    }
}
