package app.skillpath.team;

import app.skillpath.invitation.Invitations;

/** A new link to join a team; the token exists only here (only its hash is stored) and is shown once. */
public record TeamInvitationLink(long teamId, long invitationId, String token) {

    /** The link's path below the app's root: the same page as every other invitation. */
    public String path() {
        return Invitations.path(token);
    }

    @Override
    public String toString() {
        return "TeamInvitationLink[teamId=" + teamId + ", invitationId=" + invitationId + ", token=(secret)]";
    }
}
