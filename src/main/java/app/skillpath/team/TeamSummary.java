package app.skillpath.team;

/** A team the user belongs to, as their list of teams shows it. */
public record TeamSummary(long id, String name, String ownerName, boolean owned, int memberCount, boolean sharesNotes) {
}
