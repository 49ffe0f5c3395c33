package app.skillpath.review;

import app.skillpath.invitation.Invitations;

/** A new invitation: its review's id and the token of its link, which exists only here (only its hash is stored). */
public record Invitation(long reviewId, String token) {

    /** The link's path below the app's root. */
    public String path() {
        return path(token);
    }

    public static String path(String token) {
        return Invitations.ROUTE_PREFIX + token;
    }

    @Override
    public String toString() {
        return "Invitation[reviewId=" + reviewId + ", token=(secret)]";
    }
}
