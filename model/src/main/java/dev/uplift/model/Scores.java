package dev.uplift.model;

/**
 * A component's scores: every category 0–10 except {@code testCoverage}, which is a percentage.
 * {@code readiness} is the weighted mean described in docs/scoring.md.
 */
public record Scores(double codeQuality, double security, double performance, double testCoverage,
                     double documentation, double errorHandling, double observability, double operations,
                     double readiness) {

    /** The score of one category, coverage as a percentage. */
    public double of(Category category) {
        return switch (category) {
            case CODE_QUALITY -> codeQuality;
            case SECURITY -> security;
            case PERFORMANCE -> performance;
            case TESTING -> testCoverage;
            case DOCUMENTATION -> documentation;
            case ERROR_HANDLING -> errorHandling;
            case OBSERVABILITY -> observability;
            case OPERATIONS -> operations;
        };
    }
}
