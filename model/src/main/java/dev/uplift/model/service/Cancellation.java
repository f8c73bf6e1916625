package dev.uplift.model.service;

/** Asked by long work between units; when it says cancelled, the work stops with {@link CancelledException}. */
@FunctionalInterface
public interface Cancellation {
    Cancellation NEVER = () -> false;

    boolean isCancelled();

    /** Throws {@link CancelledException} when cancelled. */
    default void check() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}
