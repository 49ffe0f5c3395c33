package app.skillpath.account;

/** A request about an account was refused; the message is meant for the user, the field says where. */
public class AccountException extends RuntimeException {

    public enum Field { USERNAME, DISPLAY_NAME, PASSWORD, CONFIRMATION, CURRENT_PASSWORD, TIME_ZONE }

    private final Field field;

    public AccountException(Field field, String message) {
        super(message);
        this.field = field;
    }

    public Field field() {
        return field;
    }
}
