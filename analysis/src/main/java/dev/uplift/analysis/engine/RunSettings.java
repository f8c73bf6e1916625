package dev.uplift.analysis.engine;

import dev.uplift.analysis.deps.AdvisoryIndex;
import dev.uplift.model.ProductionStandards;

import java.nio.file.Path;
import java.util.List;

/**
 * What a run judges against besides the code: the standard, the known advisories, coverage reports the
 * user names (besides those found in the repository), and how many months of git history to read.
 */
public record RunSettings(ProductionStandards standard, AdvisoryIndex advisories, List<Path> coverageReports,
                          int historyMonths) {
    public static final int DEFAULT_HISTORY_MONTHS = 12;

    public RunSettings {
        coverageReports = List.copyOf(coverageReports);
    }

    public RunSettings(ProductionStandards standard, AdvisoryIndex advisories, List<Path> coverageReports) {
        this(standard, advisories, coverageReports, DEFAULT_HISTORY_MONTHS);
    }

    public RunSettings(ProductionStandards standard, AdvisoryIndex advisories) {
        this(standard, advisories, List.of());
    }

    public static RunSettings of(ProductionStandards standard) {
        return new RunSettings(standard, AdvisoryIndex.EMPTY);
    }
}
