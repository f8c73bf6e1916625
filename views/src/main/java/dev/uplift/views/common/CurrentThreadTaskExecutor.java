package dev.uplift.views.common;

import dev.uplift.model.service.Cancellation;

/** Runs work on the calling thread: view model tests need no toolkit and no waiting. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {
    @Override
    public <T> Cancellable execute(BackgroundWork<T> work, Callbacks<T> callbacks) {
        try {
            T result = work.run((done, total, item) -> callbacks.onProgress()
                    .update(total > 0 ? (double) done / total : -1, item), Cancellation.NEVER);
            callbacks.onSuccess().accept(result);
        } catch (Exception e) {
            callbacks.onError().accept(e);
        }
        return () -> { };
    }
}
