package dev.uplift.analysis.engine;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * CPU time per step of the file analysis (the front end of each language, each rule, signals, test
 * reach, fingerprints), summed over all threads: where a slow assessment spends its time. Only the
 * benchmark collects it; a normal run passes {@link #OFF}.
 */
public final class StepTimes {
    /** Collects nothing. */
    public static final StepTimes OFF = new StepTimes(false);

    private final boolean on;
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();

    private StepTimes(boolean on) {
        this.on = on;
    }

    public static StepTimes collecting() {
        return new StepTimes(true);
    }

    /** A step's time, in what {@link #add} is given. */
    public record Step(String name, long millis) {
    }

    long start() {
        return on ? System.nanoTime() : 0;
    }

    void add(String step, long start) {
        if (on) {
            nanos.computeIfAbsent(step, k -> new LongAdder()).add(System.nanoTime() - start);
        }
    }

    /** The steps, slowest first. */
    public List<Step> slowestFirst() {
        return nanos.entrySet().stream().map(e -> new Step(e.getKey(), e.getValue().sum() / 1_000_000))
                .sorted(Comparator.comparingLong(Step::millis).reversed()).toList();
    }
}
