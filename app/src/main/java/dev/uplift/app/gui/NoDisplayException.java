package dev.uplift.app.gui;

/** The GUI was asked for on a machine without a display. */
public final class NoDisplayException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NoDisplayException(String message, Throwable cause) {
        super(message, cause);
    }
}
