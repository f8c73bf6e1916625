package dev.uplift.model.plan;

import dev.uplift.model.Category;
import dev.uplift.model.Tier;

import java.util.List;
import java.util.Map;

/**
 * The seed's UpgradeStep: one piece of work that closes a gap.
 *
 * @param id            stable across re-plans (component and gap), so edits and status follow the step
 * @param priority      0–100, higher first: tier × severity
 * @param effortHours   focused work, after the risk factor
 * @param durationDays  working days at the demanded people's focus hours
 * @param demand        people per skill while it runs
 * @param prerequisites ids of steps that must end first
 * @param phase         the phase it belongs to (the seed's phase order)
 * @param startDay      working days from plan start; {@code endDay} is exclusive
 * @param validation    criteria a later assessment checks
 * @param ruleId        the rule whose findings it resolves, or null for coverage, documentation, validation
 */
public record UpgradeStep(String id, String componentId, Tier tier, String title, Category category, int priority,
                          Risk risk, double effortHours, int durationDays, Map<String, Integer> demand,
                          List<String> prerequisites, String phase, int startDay, int endDay,
                          List<ValidationCriterion> validation, StepStatus status, String ruleId) {
    public UpgradeStep {
        demand = Map.copyOf(demand);
        prerequisites = List.copyOf(prerequisites);
        validation = List.copyOf(validation);
    }

    public UpgradeStep scheduled(int start) {
        return new UpgradeStep(id, componentId, tier, title, category, priority, risk, effortHours, durationDays,
                demand, prerequisites, phase, start, start + durationDays, validation, status, ruleId);
    }

    public UpgradeStep withStatus(StepStatus newStatus) {
        return new UpgradeStep(id, componentId, tier, title, category, priority, risk, effortHours, durationDays,
                demand, prerequisites, phase, startDay, endDay, validation, newStatus, ruleId);
    }

    public UpgradeStep withPrerequisites(List<String> ids) {
        return new UpgradeStep(id, componentId, tier, title, category, priority, risk, effortHours, durationDays,
                demand, ids, phase, startDay, endDay, validation, status, ruleId);
    }

    /** The step done by these people (per skill) in this many working days. */
    public UpgradeStep withDemand(Map<String, Integer> people, int days) {
        return new UpgradeStep(id, componentId, tier, title, category, priority, risk, effortHours, days, people,
                prerequisites, phase, startDay, endDay, validation, status, ruleId);
    }

    public UpgradeStep withEffort(double hours, int days) {
        return new UpgradeStep(id, componentId, tier, title, category, priority, risk, hours, days, demand,
                prerequisites, phase, startDay, endDay, validation, status, ruleId);
    }

    /** The step in another phase (a blocker goes to the first, whatever its tier). */
    public UpgradeStep inPhase(String newPhase) {
        return new UpgradeStep(id, componentId, tier, title, category, priority, risk, effortHours, durationDays,
                demand, prerequisites, newPhase, startDay, endDay, validation, status, ruleId);
    }

    /** Whether the step still needs doing (and so is scheduled). */
    public boolean isOpen() {
        return status == StepStatus.PLANNED || status == StepStatus.REGRESSED;
    }
}
