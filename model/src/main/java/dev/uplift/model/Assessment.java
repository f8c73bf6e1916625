package dev.uplift.model;

import dev.uplift.model.checklist.CheckResult;
import dev.uplift.model.checklist.CheckState;

import java.time.Instant;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * One run over a repository.
 *
 * @param repository absolute path of the repository folder
 * @param commit     the checked-out commit id, or {@code null} when the folder is not a git work tree
 * @param standard   name of the production standard the scores were judged against
 * @param checklist  the repository's operational readiness checklist
 */
public record Assessment(String id, String repository, Instant assessedAt, String commit, String standard,
                         List<ComponentAssessment> components, List<AssessmentWarning> warnings,
                         List<CheckResult> checklist) {
    /** The most a repository with a blocker can score for readiness (the component cap of the scoring model). */
    public static final double BLOCKER_READINESS_CAP = 4.0;
    public Assessment {
        components = List.copyOf(components);
        warnings = List.copyOf(warnings);
        checklist = List.copyOf(checklist);
    }

    /** How many checklist items are in the state. */
    public long count(CheckState state) {
        return checklist.stream().filter(c -> c.state() == state).count();
    }

    /**
     * Repository readiness: component readiness weighted by lines of code. A blocker anywhere (a live
     * secret, say) is the repository's blocker: it caps the repository at what it caps its component.
     */
    public double readiness() {
        double mean = weightedMean(c -> c.scores().readiness());
        return hasBlocker() ? Math.min(mean, BLOCKER_READINESS_CAP) : mean;
    }

    /** Whether any component has a blocker finding that is not exempt. */
    public boolean hasBlocker() {
        return components.stream().flatMap(c -> c.findings().stream())
                .anyMatch(f -> f.severity() == Severity.BLOCKER && !f.isExempt());
    }

    /**
     * A per-component figure averaged over the repository, weighted by lines of code (each component
     * weighs at least one line, so empty ones still count); 0 without components.
     */
    public double weightedMean(ToDoubleFunction<ComponentAssessment> figure) {
        double weighted = 0;
        double total = 0;
        for (ComponentAssessment c : components) {
            double weight = Math.max(1, c.metrics().linesOfCode());
            weighted += figure.applyAsDouble(c) * weight;
            total += weight;
        }
        return total == 0 ? 0 : weighted / total;
    }

    public int findingCount() {
        return components.stream().mapToInt(c -> c.findings().size()).sum();
    }

    public AssessmentSummary summary() {
        return new AssessmentSummary(id, repository, assessedAt, commit, readiness(), components.size(),
                findingCount());
    }
}
