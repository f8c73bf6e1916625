package dev.uplift.model.service;

/**
 * Receives progress of long work. Called from worker threads, possibly concurrently; implementations
 * must be thread-safe and cheap (the FX side throttles).
 */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total, item) -> { };

    /**
     * @param done  units finished so far
     * @param total units in all (may grow while the total is discovered), or -1 when unknown
     * @param item  what is being worked on, e.g. a repository-relative file path
     */
    void progress(long done, long total, String item);
}
