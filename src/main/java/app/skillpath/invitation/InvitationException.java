package app.skillpath.invitation;

/** An invitation link that cannot be taken, with the message its visitor sees (never which part of it was wrong). */
public class InvitationException extends RuntimeException {
    public InvitationException(String message) {
        super(message);
    }
}
