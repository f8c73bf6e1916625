package dev.uplift.model.plan;

import dev.uplift.model.Assessment;
import dev.uplift.model.Category;
import dev.uplift.model.ComponentAssessment;
import dev.uplift.model.ProductionStandards;
import dev.uplift.model.gate.Gate;

import java.util.Optional;

/**
 * A statement a later assessment can check.
 *
 * @param kind        {@value #NO_FINDINGS}, {@value #SCORE_AT_LEAST} or {@value #GATE_PASSES}
 * @param componentId the component it is about (null for the repository)
 * @param subject     the rule id, or the score key ({@code testCoverage}, {@code documentation}…)
 * @param threshold   the minimum score, for {@value #SCORE_AT_LEAST}
 */
public record ValidationCriterion(String kind, String componentId, String subject, double threshold) {
    public static final String NO_FINDINGS = "no-findings";
    public static final String SCORE_AT_LEAST = "score-at-least";
    public static final String GATE_PASSES = "gate-passes";

    public static ValidationCriterion noFindings(String componentId, String ruleId) {
        return new ValidationCriterion(NO_FINDINGS, componentId, ruleId, 0);
    }

    public static ValidationCriterion scoreAtLeast(String componentId, Category category, double threshold) {
        return new ValidationCriterion(SCORE_AT_LEAST, componentId, category.jsonKey(), threshold);
    }

    public static ValidationCriterion gatePasses() {
        return new ValidationCriterion(GATE_PASSES, null, "standard", 0);
    }

    /** Whether the criterion holds on the assessment; a component that no longer exists fails it. */
    public boolean holds(Assessment assessment, ProductionStandards standard) {
        if (kind.equals(GATE_PASSES)) {
            return Gate.evaluate(assessment, standard).isEmpty();
        }
        Optional<ComponentAssessment> component = assessment.components().stream()
                .filter(c -> c.component().id().equals(componentId)).findFirst();
        if (component.isEmpty()) {
            return false;
        }
        if (kind.equals(NO_FINDINGS)) {
            return component.get().findings().stream().noneMatch(f -> !f.isExempt() && f.ruleId().equals(subject));
        }
        for (Category c : Category.values()) {
            if (c.jsonKey().equals(subject)) {
                return component.get().scores().of(c) >= threshold;
            }
        }
        return false;
    }

    /** The criterion as a sentence. */
    public String describe() {
        return switch (kind) {
            case NO_FINDINGS -> "no " + subject + " findings in " + componentId;
            case SCORE_AT_LEAST -> subject + "(" + componentId + ") ≥ " + threshold;
            default -> "the repository meets the standard";
        };
    }
}
