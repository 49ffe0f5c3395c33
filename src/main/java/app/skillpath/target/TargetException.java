package app.skillpath.target;

/** A target change was refused; the message is meant for the user. Nothing was stored. */
public class TargetException extends RuntimeException {
    public TargetException(String message) {
        super(message);
    }
}
