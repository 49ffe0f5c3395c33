package app.skillpath.plan;

/** A plan request was refused; the message is meant for the user. Nothing was stored. */
public class PlanException extends RuntimeException {
    public PlanException(String message) {
        super(message);
    }
}
