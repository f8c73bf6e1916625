package dev.uplift.analysis.duplication;

import java.util.Arrays;

/**
 * The winnowed fingerprints of one file's code: hashes of runs of {@value Winnowing#K} tokens and the
 * lines each run starts and ends on. Small enough to cache with the file's analysis, and enough to
 * find every repeated run of at least {@value Winnowing#GUARANTEED} tokens.
 */
public record Fingerprints(long[] hashes, int[] startLines, int[] endLines) {
    public static final Fingerprints NONE = new Fingerprints(new long[0], new int[0], new int[0]);

    public int size() {
        return hashes.length;
    }

    /** Equal when the contents are: a cached copy equals the analysis that produced it. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprints f && Arrays.equals(hashes, f.hashes) && Arrays.equals(startLines, f.startLines)
                && Arrays.equals(endLines, f.endLines);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(hashes) + Arrays.hashCode(startLines)) + Arrays.hashCode(endLines);
    }

    @Override
    public String toString() {
        return "Fingerprints[" + hashes.length + "]";
    }
}
