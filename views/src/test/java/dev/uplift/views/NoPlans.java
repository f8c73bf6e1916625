package dev.uplift.views;

import dev.uplift.model.plan.UpgradePlan;
import dev.uplift.model.service.PlanService;

import java.nio.file.Path;
import java.util.Optional;

/** A plan service with no plans, for views tests that are not about plans. */
public final class NoPlans implements PlanService {
    @Override
    public Optional<UpgradePlan> latestPlan(Path repository) {
        return Optional.empty();
    }

    @Override
    public UpgradePlan replan(Path repository) {
        throw new IllegalStateException("no planning in this test");
    }

    @Override
    public java.util.List<dev.uplift.model.plan.BurnDownPoint> burnDown(Path repository) {
        return java.util.List.of();
    }

    @Override
    public UpgradePlan pin(Path repository, String stepId, int day) {
        throw new IllegalStateException("no planning in this test");
    }

    @Override
    public UpgradePlan replan(Path repository, dev.uplift.model.plan.Team team) {
        throw new IllegalStateException("no planning in this test");
    }

    @Override
    public UpgradePlan timeBox(Path repository, Integer weeks) {
        throw new IllegalStateException("no planning in this test");
    }

    @Override
    public dev.uplift.model.plan.Team team(Path repository) {
        return dev.uplift.model.plan.Team.defaults();
    }

    @Override
    public UpgradePlan estimate(Path repository, String stepId, double hours) {
        throw new IllegalStateException("no planning in this test");
    }

    @Override
    public UpgradePlan waitFor(Path repository, String stepId, String prerequisiteId) {
        throw new IllegalStateException("no planning in this test");
    }

    @Override
    public UpgradePlan assign(Path repository, String stepId, java.util.Map<String, Integer> people) {
        throw new IllegalStateException("no planning in this test");
    }

    @Override
    public UpgradePlan exclude(Path repository, String stepId, boolean excluded) {
        throw new IllegalStateException("no planning in this test");
    }
}
