package dev.uplift.model.plan;

import dev.uplift.model.Assessment;
import dev.uplift.model.Category;
import dev.uplift.model.ComponentAssessment;
import dev.uplift.model.ProductionStandards;
import dev.uplift.model.checklist.CheckState;
import dev.uplift.model.gate.Gate;

import java.util.List;
import java.util.Optional;

/**
 * A statement a later assessment can check, or, for what code cannot show, one the team confirms.
 *
 * @param kind        {@value #NO_FINDINGS}, {@value #NO_FINDINGS_IN}, {@value #SCORE_AT_LEAST},
 *                    {@value #CHECK_PASSES}, {@value #CONFIRMED} or {@value #GATE_PASSES}
 * @param componentId the component it is about (null for the repository)
 * @param subject     the rule id, the score key ({@code testCoverage}, {@code documentation}…), the
 *                    checklist item id, or what the team confirms
 * @param threshold   the minimum score, for {@value #SCORE_AT_LEAST}
 * @param paths       for {@value #NO_FINDINGS_IN}: the folders or files of a step split out of a larger one
 */
public record ValidationCriterion(String kind, String componentId, String subject, double threshold,
                                  List<String> paths) {
    public static final String NO_FINDINGS = "no-findings";
    public static final String NO_FINDINGS_IN = "no-findings-in";
    public static final String SCORE_AT_LEAST = "score-at-least";
    public static final String CHECK_PASSES = "check-passes";
    public static final String CONFIRMED = "confirmed";
    public static final String GATE_PASSES = "gate-passes";

    public ValidationCriterion {
        paths = paths == null ? List.of() : List.copyOf(paths); // plans stored before paths existed
    }

    public ValidationCriterion(String kind, String componentId, String subject, double threshold) {
        this(kind, componentId, subject, threshold, List.of());
    }

    public static ValidationCriterion noFindings(String componentId, String ruleId) {
        return new ValidationCriterion(NO_FINDINGS, componentId, ruleId, 0);
    }

    /** No finding of the rule left in these folders or files of the component. */
    public static ValidationCriterion noFindingsIn(String componentId, String ruleId, List<String> paths) {
        return new ValidationCriterion(NO_FINDINGS_IN, componentId, ruleId, 0, paths);
    }

    public static ValidationCriterion scoreAtLeast(String componentId, Category category, double threshold) {
        return new ValidationCriterion(SCORE_AT_LEAST, componentId, category.jsonKey(), threshold);
    }

    /** The repository's readiness checklist item passes. */
    public static ValidationCriterion checkPasses(String checkId) {
        return new ValidationCriterion(CHECK_PASSES, null, checkId, 0);
    }

    /** Something code cannot show (a key rotated at its provider); the team confirms it. */
    public static ValidationCriterion confirmed(String componentId, String what) {
        return new ValidationCriterion(CONFIRMED, componentId, what, 0);
    }

    public static ValidationCriterion gatePasses() {
        return new ValidationCriterion(GATE_PASSES, null, "standard", 0);
    }

    /**
     * Whether the criterion holds on the assessment; a component that no longer exists fails it. What
     * the team confirms cannot be checked and does not hold a step back.
     */
    public boolean holds(Assessment assessment, ProductionStandards standard) {
        switch (kind) {
            case GATE_PASSES:
                return Gate.evaluate(assessment, standard).isEmpty();
            case CONFIRMED:
                return true;
            case CHECK_PASSES:
                return assessment.checklist().stream().anyMatch(c -> c.id().equals(subject)
                        && c.state() == CheckState.PASS);
            default:
                break;
        }
        Optional<ComponentAssessment> component = assessment.components().stream()
                .filter(c -> c.component().id().equals(componentId)).findFirst();
        if (component.isEmpty()) {
            return false;
        }
        if (kind.equals(NO_FINDINGS)) {
            return component.get().findings().stream().noneMatch(f -> !f.isExempt() && f.ruleId().equals(subject));
        }
        if (kind.equals(NO_FINDINGS_IN)) {
            return component.get().findings().stream().noneMatch(f -> !f.isExempt() && f.ruleId().equals(subject)
                    && paths.stream().anyMatch(p -> f.file().equals(p) || f.file().startsWith(p + "/")));
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
            case NO_FINDINGS_IN -> "no " + subject + " findings in " + String.join(", ", paths);
            case SCORE_AT_LEAST -> subject + "(" + componentId + ") ≥ " + threshold;
            case CHECK_PASSES -> "the readiness check '" + subject + "' passes";
            case CONFIRMED -> "confirmed by the team: " + subject;
            default -> "the repository meets the standard";
        };
    }
}
