package dev.uplift.model.service;

/** Thrown when the user cancels long work; nothing of the cancelled run is stored. */
public final class CancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CancelledException() {
        super("cancelled by the user");
    }
}
