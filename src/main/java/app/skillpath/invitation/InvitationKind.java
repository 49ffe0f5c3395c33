package app.skillpath.invitation;

import java.util.Optional;

/**
 * One kind of invitation link (a review, a team). Every kind follows the same rules: the token is a
 * {@link app.skillpath.base.token.SecretToken} of which only the SHA-256 is stored, the link works once, expires
 * within 14 days and can be withdrawn while unused; they all open at {@code /invitation/<token>}. {@link Invitations}
 * asks each kind in turn; a kind answers empty for a token that is not a working link of its own.
 */
public interface InvitationKind {

    /** What the link offers the logged-in visitor; empty if it is not a working link of this kind. */
    Optional<InvitationOffer> offer(String token);

    /** Takes the link (once) and returns the route to show next; empty if it is not a working link of this kind. */
    Optional<String> accept(String token);

    /** Declines the link (it stops working); false if it is not a working link of this kind. */
    boolean decline(String token);
}
