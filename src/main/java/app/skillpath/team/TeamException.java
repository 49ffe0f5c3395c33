package app.skillpath.team;

/** A team request that cannot be done, with the message its user sees. */
public class TeamException extends RuntimeException {
    public TeamException(String message) {
        super(message);
    }
}
