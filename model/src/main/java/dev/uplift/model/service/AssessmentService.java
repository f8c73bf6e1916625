package dev.uplift.model.service;

import dev.uplift.model.Assessment;
import dev.uplift.model.AssessmentSummary;
import dev.uplift.model.ProductionStandards;
import dev.uplift.model.Rule;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Assess repositories and read stored assessments. Implementations are thread-safe. */
public interface AssessmentService {

    /**
     * Assesses the repository and stores the result in one transaction.
     *
     * @throws CancelledException when {@code cancellation} says so; nothing is stored then
     */
    Assessment assess(Path repository, ProgressListener progress, Cancellation cancellation);

    /** The newest stored assessment of the repository, if any. */
    Optional<Assessment> latest(Path repository);

    /** Stored assessments of the repository, newest first. */
    List<AssessmentSummary> history(Path repository);

    /** Repositories opened before, most recent first. */
    List<Path> recentRepositories();

    /** The production standard assessments are judged against. */
    ProductionStandards standard();

    /** Every rule by id, for what a finding means and how to fix it; empty when unknown. */
    default Map<String, Rule> rules() {
        return Map.of();
    }
}
