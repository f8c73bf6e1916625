package dev.uplift.model.plan;

import dev.uplift.model.Assessment;
import dev.uplift.model.ProductionStandards;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Carries step status from the previous plan into a new one. A step whose gap is gone and whose
 * criteria hold on the new assessment is kept as verified; a verified step whose gap is back is
 * regressed; a regressed step stays regressed until it is verified again.
 */
final class PlanTracker {
    private PlanTracker() {
    }

    static List<UpgradeStep> track(List<UpgradeStep> fresh, UpgradePlan previous, Assessment now,
                                   ProductionStandards standard) {
        if (previous == null) {
            return fresh;
        }
        Map<String, UpgradeStep> before = new HashMap<>();
        previous.steps().forEach(s -> before.put(s.id(), s));
        List<UpgradeStep> out = new ArrayList<>();
        for (UpgradeStep s : fresh) {
            UpgradeStep old = before.remove(s.id());
            boolean wasDone = old != null && (old.status() == StepStatus.VERIFIED || old.status() == StepStatus.REGRESSED);
            out.add(wasDone && s.status() == StepStatus.PLANNED ? s.withStatus(StepStatus.REGRESSED) : s);
        }
        for (UpgradeStep old : before.values()) {
            if (old.status() == StepStatus.EXCLUDED) {
                continue;
            }
            boolean holds = !old.validation().isEmpty()
                    && old.validation().stream().allMatch(c -> c.holds(now, standard));
            if (holds) {
                out.add(old.withStatus(StepStatus.VERIFIED).withPrerequisites(List.of()));
            }
        }
        return out;
    }
}
