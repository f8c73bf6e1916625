package dev.uplift.model;

import dev.uplift.model.checklist.CheckResult;

import java.util.List;

/**
 * The seed's ComponentAssessment: one component's metrics, scores, their reasons and its findings.
 *
 * @param checklist the component's own readiness checklist (what only the whole repository can show is
 *                  on the assessment's checklist instead)
 */
public record ComponentAssessment(Component component, ComponentMetrics metrics, Scores scores,
                                  List<ScoreDeduction> deductions, CoverageSource coverageSource,
                                  List<Finding> findings, List<CheckResult> checklist) {
    public ComponentAssessment {
        deductions = List.copyOf(deductions);
        findings = List.copyOf(findings);
        checklist = List.copyOf(checklist);
    }

    public ComponentAssessment(Component component, ComponentMetrics metrics, Scores scores,
                               List<ScoreDeduction> deductions, CoverageSource coverageSource, List<Finding> findings) {
        this(component, metrics, scores, deductions, coverageSource, findings, List.of());
    }

    public ComponentAssessment withComponent(Component newComponent) {
        return new ComponentAssessment(newComponent, metrics, scores, deductions, coverageSource, findings, checklist);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
