package dev.uplift.model.plan;

import dev.uplift.model.Assessment;
import dev.uplift.model.ComponentAssessment;
import dev.uplift.model.Tier;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The seed's priority matrix as numbers: each component placed by its tier (business criticality)
 * and how far its readiness is from full marks, sized by the effort its open steps need and coloured
 * by their worst risk. Used by the report and the matrix view alike.
 */
public final class PriorityMatrix {
    private PriorityMatrix() {
    }

    /**
     * One component on the matrix.
     *
     * @param gap         10 minus the readiness score: 0 is ready, 10 is nothing in place
     * @param effortHours hours of its open steps (0 without a plan or open steps)
     * @param risk        the highest risk among its open steps; LOW when it has none
     * @param openSteps   how many of its steps are still open
     */
    public record Bubble(String componentId, String name, Tier tier, double readiness, double gap, double effortHours,
                         Risk risk, int openSteps) {
    }

    /** The components of the assessment on the matrix; {@code plan} may be null (no effort, low risk). */
    public static List<Bubble> of(Assessment assessment, UpgradePlan plan) {
        Map<String, Double> effort = new HashMap<>();
        Map<String, Risk> risk = new HashMap<>();
        Map<String, Integer> open = new HashMap<>();
        if (plan != null) {
            for (UpgradeStep s : plan.steps()) {
                if (s.isOpen() && s.componentId() != null) {
                    effort.merge(s.componentId(), s.effortHours(), Double::sum);
                    risk.merge(s.componentId(), s.risk(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
                    open.merge(s.componentId(), 1, Integer::sum);
                }
            }
        }
        List<Bubble> out = new ArrayList<>();
        for (ComponentAssessment ca : assessment.components()) {
            String id = ca.component().id();
            double readiness = ca.scores().readiness();
            out.add(new Bubble(id, ca.component().name(), ca.component().tier(), readiness,
                    Math.max(0, 10 - readiness), effort.getOrDefault(id, 0.0), risk.getOrDefault(id, Risk.LOW),
                    open.getOrDefault(id, 0)));
        }
        return out;
    }
}
