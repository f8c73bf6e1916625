class RandomUtils {
    /**
     * Generates a random integer within the specified range.
     *
     * @param startInclusive The smallest value that can be returned, must be non-negative.
     * @param endExclusive   The upper bound (not included).
     * @throws IllegalArgumentException if {@code startInclusive > endExclusive} or if {@code startInclusive} is negative.
     * @return The random integer.
     * @deprecated Use {@link #secure()}, {@link #secureStrong()}, or {@link #insecure()}.
     */
    @Deprecated
    public static int nextInt(final int startInclusive, final int endExclusive) {
        return secure().randomInt(startInclusive, endExclusive);
    }
}
