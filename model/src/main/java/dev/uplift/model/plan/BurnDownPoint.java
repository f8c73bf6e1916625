package dev.uplift.model.plan;

import java.time.Instant;

/** One plan version on the burn-down: when it was made and the work still open in it. */
public record BurnDownPoint(Instant createdAt, int openSteps, double openHours) {

    public static BurnDownPoint of(UpgradePlan plan) {
        return new BurnDownPoint(plan.createdAt(), (int) plan.steps().stream().filter(UpgradeStep::isOpen).count(),
                plan.steps().stream().filter(UpgradeStep::isOpen).mapToDouble(UpgradeStep::effortHours).sum());
    }
}
