package dev.uplift.model.service;

import dev.uplift.model.Assessment;
import dev.uplift.model.AssessmentSummary;
import dev.uplift.model.Exemption;
import dev.uplift.model.ProductionStandards;
import dev.uplift.model.Rule;
import dev.uplift.model.Tier;
import dev.uplift.model.TrendPoint;

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

    /**
     * Moves a component to another tier by hand, with the user's reason: stored, applied to the latest
     * assessment and to every later one. Returns the latest assessment as it now reads.
     *
     * @throws IllegalArgumentException when the reason is blank or the component is not in the latest assessment
     * @throws IllegalStateException    when nothing of the repository is stored
     */
    Assessment overrideTier(Path repository, String componentId, Tier tier, String reason);

    /**
     * Accepts findings by adding the exemption to the active standard, which is stored; it applies from
     * the next assessment on. Returns the standard as it now reads.
     */
    ProductionStandards exempt(Exemption exemption);

    /**
     * Records (or, with a null or blank note, removes) what a person knows of a checklist item that code
     * cannot show, e.g. "restore tested 2026-11-20"; it appears from the next assessment on.
     */
    void recordEvidence(Path repository, String checkId, String note);

    /** Stored assessments of the repository, newest first. */
    List<AssessmentSummary> history(Path repository);

    /** Every stored assessment of the repository as a point on the trend, oldest first. */
    List<TrendPoint> trend(Path repository);

    /** Repositories opened before, most recent first. */
    List<Path> recentRepositories();

    /** The production standard assessments are judged against. */
    ProductionStandards standard();

    /** Every rule by id, for what a finding means and how to fix it; empty when unknown. */
    default Map<String, Rule> rules() {
        return Map.of();
    }
}
