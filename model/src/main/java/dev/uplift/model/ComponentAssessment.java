package dev.uplift.model;

import java.util.List;

/** The seed's ComponentAssessment: one component's metrics, scores, their reasons and its findings. */
public record ComponentAssessment(Component component, ComponentMetrics metrics, Scores scores,
                                  List<ScoreDeduction> deductions, CoverageSource coverageSource,
                                  List<Finding> findings) {
    public ComponentAssessment {
        deductions = List.copyOf(deductions);
        findings = List.copyOf(findings);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
