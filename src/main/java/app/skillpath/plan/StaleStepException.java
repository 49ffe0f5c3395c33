package app.skillpath.plan;

/** The step was changed elsewhere (another tab) since it was read; carries its current state. */
public class StaleStepException extends RuntimeException {

    private final transient PlanStep current;

    public StaleStepException(PlanStep current) {
        super("This step was changed in another tab or window since you opened it. It now shows the latest "
                + "version; make your change again if you still want it.");
        this.current = current;
    }

    public PlanStep current() {
        return current;
    }
}
