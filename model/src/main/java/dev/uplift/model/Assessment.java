package dev.uplift.model;

import java.time.Instant;
import java.util.List;

/**
 * One run over a repository.
 *
 * @param repository absolute path of the repository folder
 * @param commit     the checked-out commit id, or {@code null} when the folder is not a git work tree
 * @param standard   name of the production standard the scores were judged against
 */
public record Assessment(String id, String repository, Instant assessedAt, String commit, String standard,
                         List<ComponentAssessment> components, List<AssessmentWarning> warnings) {
    public Assessment {
        components = List.copyOf(components);
        warnings = List.copyOf(warnings);
    }

    /** Repository readiness: component readiness weighted by lines of code (each component at least 1). */
    public double readiness() {
        double weighted = 0;
        double total = 0;
        for (ComponentAssessment c : components) {
            double weight = Math.max(1, c.metrics().linesOfCode());
            weighted += c.scores().readiness() * weight;
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
