package app.skillpath.catalog;

/** The catalog files are invalid; the message names the file, the role and the field. */
public class CatalogException extends RuntimeException {
    public CatalogException(String message) {
        super(message);
    }

    public CatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}
