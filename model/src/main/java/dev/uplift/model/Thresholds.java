package dev.uplift.model;

import java.util.Map;

/** Minimum scores (0–10) and coverage (percent) a component must reach. */
public record Thresholds(double codeQuality, double security, double performance, double testCoverage,
                         double documentation) {

    /** The seed design's defaults. */
    public static Thresholds seedDefaults() {
        return new Thresholds(8.5, 9.0, 8.0, 90.0, 8.0);
    }

    /** The threshold for a category, or null when none is set for it. */
    public Double of(Category category) {
        return switch (category) {
            case CODE_QUALITY -> codeQuality;
            case SECURITY -> security;
            case PERFORMANCE -> performance;
            case TESTING -> testCoverage;
            case DOCUMENTATION -> documentation;
            default -> null;
        };
    }

    /** These thresholds with some replaced, by score key ({@code codeQuality}, {@code testCoverage}…). */
    public Thresholds with(Map<String, Double> overrides) {
        return new Thresholds(overrides.getOrDefault("codeQuality", codeQuality),
                overrides.getOrDefault("security", security), overrides.getOrDefault("performance", performance),
                overrides.getOrDefault("testCoverage", testCoverage),
                overrides.getOrDefault("documentation", documentation));
    }
}
