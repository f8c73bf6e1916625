package dev.uplift.analysis.engine;

import dev.uplift.analysis.duplication.Fingerprints;
import dev.uplift.model.Finding;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the analyzers derive from one file's content: cached by content hash, so an unchanged
 * file costs nothing on a re-run. Findings carry the path the file had when analyzed; the engine
 * re-paths them on a cache hit.
 *
 * @param functionLines lines of the file's functions by name (overloads summed), for the coverage estimate
 * @param localCalls    for each function, the other functions of the same file its body names (so a helper
 *                      that a tested function calls counts as reached)
 * @param fingerprints  for production code: winnowed token fingerprints, to find duplicated blocks
 * @param identifiers   for test files only: the distinct words of its code (identifiers and the words of
 *                      import paths), which tell what the test refers to and calls; empty otherwise
 * @param notImplementedFunctions of the stub functions, those that say they are not implemented (the rest are empty)
 * @param simulatedFunctions      functions that fake their work (STUB-SIMULATED outside demo folders), also
 *                                counted in {@code stubFunctions}
 */
public record FileAnalysis(int codeLines, int functions, int publicApi, int documentedApi, int stubFunctions,
                           List<Finding> findings, Set<String> signals, Set<String> imports, String parseProblem,
                           Map<String, Integer> functionLines, Map<String, Set<String>> localCalls,
                           Set<String> identifiers, Fingerprints fingerprints, int notImplementedFunctions,
                           int simulatedFunctions) {
    public FileAnalysis {
        findings = List.copyOf(findings);
        signals = Set.copyOf(signals);
        imports = Set.copyOf(imports);
        functionLines = functionLines == null ? Map.of() : Map.copyOf(functionLines);
        localCalls = localCalls == null ? Map.of() : Map.copyOf(localCalls);
        identifiers = identifiers == null ? Set.of() : Set.copyOf(identifiers);
        fingerprints = fingerprints == null ? Fingerprints.NONE : fingerprints;
    }

    public FileAnalysis(int codeLines, int functions, int publicApi, int documentedApi, int stubFunctions,
                        List<Finding> findings, Set<String> signals, Set<String> imports, String parseProblem) {
        this(codeLines, functions, publicApi, documentedApi, stubFunctions, findings, signals, imports, parseProblem,
                Map.of(), Map.of(), Set.of(), Fingerprints.NONE, 0, 0);
    }

    /** The same analysis with its findings moved to {@code path} (a cache hit for a moved or copied file). */
    FileAnalysis repath(String path) {
        List<Finding> moved = findings.stream().map(f -> f.file().equals(path) ? f : f.withFile(path)).toList();
        return new FileAnalysis(codeLines, functions, publicApi, documentedApi, stubFunctions, moved, signals, imports,
                parseProblem, functionLines, localCalls, identifiers, fingerprints, notImplementedFunctions,
                simulatedFunctions);
    }
}
