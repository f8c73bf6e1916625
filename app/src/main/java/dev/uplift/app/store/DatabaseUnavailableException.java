package dev.uplift.app.store;

/** The database cannot be used: in use by another process, damaged, or its folder is not writable. */
public final class DatabaseUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
