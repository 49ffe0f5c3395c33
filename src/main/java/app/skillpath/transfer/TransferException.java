package app.skillpath.transfer;

/** An import was refused; the message is meant for the user. Nothing was changed. */
public class TransferException extends RuntimeException {
    public TransferException(String message) {
        super(message);
    }
}
