package app.skillpath.assessment;

/** An answer was refused; the message is meant for the user. Nothing was stored. */
public class AssessmentException extends RuntimeException {
    public AssessmentException(String message) {
        super(message);
    }
}
