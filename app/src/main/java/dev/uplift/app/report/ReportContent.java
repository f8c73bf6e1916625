package dev.uplift.app.report;

import dev.uplift.model.Assessment;
import dev.uplift.model.ProductionStandards;
import dev.uplift.model.Rule;
import dev.uplift.model.plan.UpgradePlan;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * What the report is made of.
 *
 * @param plan     the latest plan, or null when the repository has none yet (the plan pages say so)
 * @param standard the standard the assessment was judged against
 * @param rules    every rule by id, for the appendix
 */
public record ReportContent(Assessment assessment, UpgradePlan plan, ProductionStandards standard,
                            Map<String, Rule> rules, Instant generatedAt, String engineVersion) {

    /** The repository's folder name: the report never prints where it lives on disk. */
    public String repositoryName() {
        Path name = Path.of(assessment.repository()).getFileName();
        return name == null ? assessment.repository() : name.toString();
    }
}
