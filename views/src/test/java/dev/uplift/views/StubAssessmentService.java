package dev.uplift.views;

import dev.uplift.model.Assessment;
import dev.uplift.model.AssessmentSummary;
import dev.uplift.model.Exemption;
import dev.uplift.model.ProductionStandards;
import dev.uplift.model.Tier;
import dev.uplift.model.TrendPoint;
import dev.uplift.model.service.AssessmentService;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An assessment service with nothing stored, for view tests: each test's service says only how it
 * assesses and what differs. Evidence it is given is kept in {@link #evidence}.
 */
public abstract class StubAssessmentService implements AssessmentService {
    public final List<String> evidence = new ArrayList<>();

    @Override
    public Optional<Assessment> latest(Path repository) {
        return Optional.empty();
    }

    @Override
    public List<AssessmentSummary> history(Path repository) {
        return List.of();
    }

    @Override
    public List<Path> recentRepositories() {
        return List.of();
    }

    @Override
    public ProductionStandards standard() {
        return ProductionStandards.defaults();
    }

    @Override
    public List<TrendPoint> trend(Path repository) {
        return List.of();
    }

    @Override
    public void recordEvidence(Path repository, String checkId, String note) {
        evidence.add(checkId + "=" + note);
    }

    @Override
    public ProductionStandards exempt(Exemption exemption) {
        return ProductionStandards.defaults().withExemption(exemption);
    }

    @Override
    public Assessment overrideTier(Path repository, String componentId, Tier tier, String reason) {
        throw new IllegalStateException("nothing is stored in this test");
    }
}
