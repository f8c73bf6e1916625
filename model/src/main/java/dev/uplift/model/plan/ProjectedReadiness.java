package dev.uplift.model.plan;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The readiness the repository would reach once the plan's steps are done: an estimate from the points
 * each step's gap costs today (see ReadinessGains).
 *
 * @param overall    repository readiness, component readiness weighted by lines of code as in the assessment
 * @param components per component id
 */
public record ProjectedReadiness(double overall, Map<String, Double> components) {
    public ProjectedReadiness {
        components = Collections.unmodifiableMap(new TreeMap<>(components == null ? Map.of() : components));
    }

    public static ProjectedReadiness none() {
        return new ProjectedReadiness(0, Map.of());
    }
}
