package dev.uplift.app.workspace;

/** A workspace file that cannot be imported, with what is wrong in it; nothing of it was stored. */
public final class InvalidWorkspaceException extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidWorkspaceException(String message) {
        super(message);
    }

    InvalidWorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }
}
