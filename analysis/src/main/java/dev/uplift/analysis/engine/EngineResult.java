package dev.uplift.analysis.engine;

import dev.uplift.model.AssessmentWarning;
import dev.uplift.model.ComponentAssessment;
import dev.uplift.model.checklist.CheckResult;

import java.util.List;
import java.util.Map;

/**
 * What one engine run produced.
 *
 * @param newCacheEntries results computed in this run, by cache key, for the caller to store with the assessment
 * @param commit          the checked-out commit, or null
 */
public record EngineResult(List<ComponentAssessment> components, List<AssessmentWarning> warnings,
                           Map<String, FileAnalysis> newCacheEntries, int filesAnalyzed, int cacheHits,
                           String commit, List<CheckResult> checklist) {
    public EngineResult {
        checklist = List.copyOf(checklist);
        components = List.copyOf(components);
        warnings = List.copyOf(warnings);
        newCacheEntries = Map.copyOf(newCacheEntries);
    }
}
