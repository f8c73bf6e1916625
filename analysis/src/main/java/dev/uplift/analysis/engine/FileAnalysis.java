package dev.uplift.analysis.engine;

import dev.uplift.model.Finding;

import java.util.List;
import java.util.Set;

/**
 * Everything the analyzers derive from one file's content: cached by content hash, so an unchanged
 * file costs nothing on a re-run. Findings carry the path the file had when analyzed; the engine
 * re-paths them on a cache hit.
 */
public record FileAnalysis(int codeLines, int functions, int publicApi, int documentedApi, int stubFunctions,
                           List<Finding> findings, Set<String> signals, Set<String> imports, String parseProblem) {
    public FileAnalysis {
        findings = List.copyOf(findings);
        signals = Set.copyOf(signals);
        imports = Set.copyOf(imports);
    }
}
