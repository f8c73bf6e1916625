package dev.uplift.analysis.rules.simulated;

/** Which functions are worth reading into a shape: a cheap test of the lines a function spans. */
@FunctionalInterface
interface Candidates {

    /** @param firstLine the function's first line, 1-based; {@code lastLine} its last */
    boolean worthReading(int firstLine, int lastLine);
}
