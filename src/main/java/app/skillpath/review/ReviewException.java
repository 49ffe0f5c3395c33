package app.skillpath.review;

/** A refused review action, with a message written for the user who tried it. */
public class ReviewException extends RuntimeException {
    public ReviewException(String message) {
        super(message);
    }
}
