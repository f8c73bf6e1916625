package dev.uplift.app.cli;

import dev.uplift.model.service.ProgressListener;

import java.io.PrintWriter;

/** Progress on the terminal's error stream, at most every 200 ms and only when a person is watching. */
final class ConsoleProgress implements ProgressListener {
    private static final long INTERVAL_NANOS = 200_000_000L;
    private final PrintWriter err;
    private final boolean interactive = System.console() != null;
    private long last;

    ConsoleProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void progress(long done, long total, String item) {
        long now = System.nanoTime();
        if (!interactive || now - last < INTERVAL_NANOS && done != total) {
            return;
        }
        last = now;
        String line = total > 0 ? String.format("analyzing %d/%d files", done, total) : item;
        err.print("\r" + line + " ".repeat(Math.max(0, 40 - line.length())) + (done == total ? "\r" + " ".repeat(60) + "\r" : ""));
        err.flush();
    }
}
