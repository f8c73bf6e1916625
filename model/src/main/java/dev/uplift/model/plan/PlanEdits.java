package dev.uplift.model.plan;

import java.util.Map;
import java.util.Set;

/**
 * What the user changed, by step id; re-planning applies them again.
 *
 * @param pinnedStarts the earliest working day a step may start
 * @param effortHours  estimates that replace the generated ones
 * @param excluded     steps taken out of the plan
 */
public record PlanEdits(Map<String, Integer> pinnedStarts, Map<String, Double> effortHours, Set<String> excluded) {
    public PlanEdits {
        pinnedStarts = Map.copyOf(pinnedStarts);
        effortHours = Map.copyOf(effortHours);
        excluded = Set.copyOf(excluded);
    }

    public static PlanEdits none() {
        return new PlanEdits(Map.of(), Map.of(), Set.of());
    }
}
