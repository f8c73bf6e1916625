package dev.uplift.analysis.engine;

import dev.uplift.analysis.deps.AdvisoryIndex;
import dev.uplift.model.ProductionStandards;

/**
 * What a run judges against besides the code: the standard and the known advisories.
 */
public record RunSettings(ProductionStandards standard, AdvisoryIndex advisories) {

    public static RunSettings of(ProductionStandards standard) {
        return new RunSettings(standard, AdvisoryIndex.EMPTY);
    }
}
