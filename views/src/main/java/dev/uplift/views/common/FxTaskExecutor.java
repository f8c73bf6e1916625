package dev.uplift.views.common;

import dev.uplift.model.service.CancelledException;
import javafx.concurrent.Task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs work as JavaFX {@link Task}s on named daemon threads. Progress reaches the UI coalesced by the
 * Task machinery, so a fast analyzer cannot flood the FX thread. Cancelling never interrupts the
 * worker (an interrupt can close the database file mid-write): the work stops at its next check.
 */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {
    private final ExecutorService executor;

    public FxTaskExecutor() {
        AtomicInteger n = new AtomicInteger();
        executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "uplift-background-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> Cancellable execute(BackgroundWork<T> work, Callbacks<T> callbacks) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.run((done, total, item) -> {
                    updateProgress(total > 0 ? done : -1, total > 0 ? total : 1);
                    updateMessage(item);
                }, this::isCancelled);
            }
        };
        task.progressProperty().addListener((obs, old, value) ->
                callbacks.onProgress().update(value.doubleValue(), task.getMessage()));
        task.messageProperty().addListener((obs, old, value) ->
                callbacks.onProgress().update(task.getProgress(), value));
        task.setOnSucceeded(e -> callbacks.onSuccess().accept(task.getValue()));
        task.setOnFailed(e -> callbacks.onError().accept(task.getException()));
        task.setOnCancelled(e -> callbacks.onError().accept(new CancelledException()));
        try {
            executor.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            return () -> { }; // the window is closing: a callback that asks for more work gets none
        }
        return () -> task.cancel(false);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
