package dev.uplift.model.plan;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the user changed, by step id; re-planning applies them again.
 *
 * @param pinnedStarts the earliest working day a step may start
 * @param effortHours  estimates that replace the generated ones
 * @param excluded     steps taken out of the plan
 * @param waitsFor     prerequisites the user added, by step: the step starts after they end
 * @param demand       who does a step, replacing the generated demand: people per skill
 */
public record PlanEdits(Map<String, Integer> pinnedStarts, Map<String, Double> effortHours, Set<String> excluded,
                        Map<String, List<String>> waitsFor, Map<String, Map<String, Integer>> demand) {
    public PlanEdits {
        pinnedStarts = Map.copyOf(pinnedStarts);
        effortHours = Map.copyOf(effortHours);
        excluded = Set.copyOf(excluded);
        waitsFor = Map.copyOf(waitsFor);
        demand = Map.copyOf(demand);
    }

    public PlanEdits(Map<String, Integer> pinnedStarts, Map<String, Double> effortHours, Set<String> excluded) {
        this(pinnedStarts, effortHours, excluded, Map.of(), Map.of());
    }

    public static PlanEdits none() {
        return new PlanEdits(Map.of(), Map.of(), Set.of());
    }
}
