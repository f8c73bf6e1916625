package dev.uplift.analysis.rules;

import java.util.List;

/**
 * The assignments of a name within one function, in source order, each tainted or not: what the
 * text-based taint trackers of Python and JavaScript keep per name.
 */
public final class NameWrites {
    /** One assignment: where it happens (a byte offset) and whether the value is tainted. */
    public record Write(int at, boolean tainted) {
    }

    private NameWrites() {
    }

    /** Whether the last assignment before {@code before} was tainted; false when there was none. */
    public static boolean taintedBefore(List<Write> history, int before) {
        Write latest = null;
        for (Write w : history) {
            if (w.at() < before) {
                latest = w;
            }
        }
        return latest != null && latest.tainted();
    }
}
