package dev.uplift.app.cli;

/** A user input that cannot be used; the message is shown as it is, on one line. */
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }
}
