package dev.uplift.analysis.engine;

import java.util.Optional;

/**
 * Looks up earlier results by cache key (content hash, language, test flag, engine version).
 * Implementations must be thread-safe: the engine asks from several threads.
 */
@FunctionalInterface
public interface AnalysisCache {
    AnalysisCache NONE = key -> Optional.empty();

    Optional<FileAnalysis> find(String key);
}
