package dev.uplift.model;

/**
 * The seed's ProductionStandards: the thresholds a component must reach to count as production-ready.
 * Scores are on 0–10, coverage in percent.
 */
public record ProductionStandards(String name, double minCodeQualityScore, double minSecurityScore,
                                  double minPerformanceScore, double minTestCoverage,
                                  double minDocumentationScore) {

    /** The seed design's defaults. */
    public static ProductionStandards defaults() {
        return new ProductionStandards("default", 8.5, 9.0, 8.0, 90.0, 8.0);
    }

    /** The threshold for a category, or {@code null} when the standard sets none. */
    public Double target(Category category) {
        return switch (category) {
            case CODE_QUALITY -> minCodeQualityScore;
            case SECURITY -> minSecurityScore;
            case PERFORMANCE -> minPerformanceScore;
            case TESTING -> minTestCoverage;
            case DOCUMENTATION -> minDocumentationScore;
            default -> null;
        };
    }
}
