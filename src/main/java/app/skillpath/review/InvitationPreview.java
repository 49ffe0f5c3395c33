package app.skillpath.review;

import java.time.Instant;

/** What a logged-in visitor of a valid invitation link sees before accepting: who asks, about how many skills. */
public record InvitationPreview(String ownerName, String scope, int skillCount, boolean sharesNotes, Instant expiresAt) {
}
