package dev.uplift.model;

import java.time.Instant;
import java.util.Map;

/**
 * One assessment on the trend: its readiness, each category's repository score (weighted by lines of
 * code, as everywhere) and its open (not exempt) findings per category.
 */
public record TrendPoint(String assessmentId, Instant assessedAt, double readiness, Map<Category, Double> scores,
                         Map<Category, Integer> openFindings) {
    public TrendPoint {
        scores = Map.copyOf(scores);
        openFindings = Map.copyOf(openFindings);
    }
}
