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

    /**
     * The cache as one run should use it: a store may read what it holds once, up front, rather than
     * ask once per file (most files of a first run are not there).
     */
    default AnalysisCache forRun() {
        return this;
    }
}
