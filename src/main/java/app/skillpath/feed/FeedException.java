package app.skillpath.feed;

/** A feed change that cannot be made, with a message for the user. */
public class FeedException extends RuntimeException {

    public FeedException(String message) {
        super(message);
    }
}
