package dev.uplift.views.common;

import dev.uplift.model.service.Cancellation;
import dev.uplift.model.service.ProgressListener;

import java.util.function.Consumer;

/**
 * Runs work off the UI thread and reports back on it. The FX implementation uses worker threads;
 * {@link CurrentThreadTaskExecutor} runs everything at once, for view model tests.
 */
public interface TaskExecutor {

    <T> Cancellable execute(BackgroundWork<T> work, Callbacks<T> callbacks);

    /** The work itself; it should ask {@code cancellation} between units. */
    @FunctionalInterface
    interface BackgroundWork<T> {
        T run(ProgressListener progress, Cancellation cancellation) throws Exception;
    }

    /** A handle to stop running work. */
    @FunctionalInterface
    interface Cancellable {
        void cancel();
    }

    /** Progress on the UI thread: a fraction 0..1, or -1 while the total is unknown. */
    @FunctionalInterface
    interface ProgressSink {
        void update(double fraction, String message);
    }

    /** What to do, on the UI thread, as the work progresses and ends. */
    record Callbacks<T>(Consumer<T> onSuccess, Consumer<Throwable> onError, ProgressSink onProgress) {
        public static <T> Callbacks<T> of(Consumer<T> onSuccess, Consumer<Throwable> onError) {
            return new Callbacks<>(onSuccess, onError, (fraction, message) -> { });
        }
    }
}
