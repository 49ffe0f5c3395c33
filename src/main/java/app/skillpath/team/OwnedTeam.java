package app.skillpath.team;

import java.util.List;

/** A team the user owns together with the members it could pass to (everyone but the owner). */
public record OwnedTeam(long id, String name, List<Heir> otherMembers) {

    public OwnedTeam {
        otherMembers = List.copyOf(otherMembers);
    }

    public record Heir(long id, String name) {
    }
}
