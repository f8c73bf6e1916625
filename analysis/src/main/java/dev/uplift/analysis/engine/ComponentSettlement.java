package dev.uplift.analysis.engine;

import dev.uplift.analysis.components.ComponentOwnership;
import dev.uplift.analysis.index.IndexedFile;
import dev.uplift.model.Component;
import dev.uplift.model.ComponentKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Settles the detected components once their files are analysed: a component without a line of code
 * is no component (its files go to whoever else owns them), and a component that holds only tests
 * joins the component its tests import most, so a test suite is never ranked as a product of its own.
 * The receiving component's tier reason says so. Not thread-safe; one per run.
 */
final class ComponentSettlement {
    /** The settled components, the files each owns, and notes for the tier reasons by component id. */
    record Settled(List<Component> components, Map<String, Map<IndexedFile, FileAnalysis>> files,
                   Map<String, String> notes) {
    }

    private ComponentSettlement() {
    }

    static Settled settle(List<Component> detected, Map<IndexedFile, FileAnalysis> analyses, ImportOwners imports) {
        Map<String, Map<IndexedFile, FileAnalysis>> files = assign(detected, analyses);
        Map<String, Integer> production = new HashMap<>();
        Map<String, Integer> tests = new HashMap<>();
        files.forEach((id, owned) -> owned.forEach((f, a) -> {
            if (f.isCode()) {
                (f.test() ? tests : production).merge(id, a.codeLines(), Integer::sum);
            }
        }));
        List<Component> kept = new ArrayList<>();
        Map<String, Component> testSuites = new LinkedHashMap<>();
        for (Component c : detected) {
            boolean code = production.getOrDefault(c.id(), 0) > 0;
            if (code || c.kind() == ComponentKind.PLATFORM) {
                kept.add(c);
            } else if (tests.getOrDefault(c.id(), 0) > 0) {
                testSuites.put(c.id(), c);
            }
        }
        if (kept.size() == detected.size()) {
            return new Settled(detected, files, Map.of());
        }
        if (kept.stream().noneMatch(c -> c.kind() != ComponentKind.PLATFORM)) { // only tests: keep them as they are
            return new Settled(detected, files, Map.of());
        }
        Map<String, Map<IndexedFile, FileAnalysis>> settled = assign(kept, analyses);
        Map<String, String> notes = new HashMap<>();
        for (Component suite : testSuites.values()) {
            Component target = testedBy(suite, files.get(suite.id()), kept, imports, production);
            settled.values().forEach(owned -> files.get(suite.id()).keySet().forEach(owned::remove));
            settled.computeIfAbsent(target.id(), k -> new LinkedHashMap<>()).putAll(files.get(suite.id()));
            notes.merge(target.id(), "holds the tests in " + suite.path() + "/ (a test-only folder attaches to what it tests)",
                    (a, b) -> a + "; " + b);
        }
        return new Settled(kept, settled, notes);
    }

    /** The component the suite's imports name most; without one, the largest component. */
    private static Component testedBy(Component suite, Map<IndexedFile, FileAnalysis> suiteFiles, List<Component> kept,
                                      ImportOwners imports, Map<String, Integer> production) {
        Map<String, Integer> named = new HashMap<>();
        String folder = suite.path().equals(".") ? "" : suite.path();
        suiteFiles.values().forEach(a -> a.imports().forEach(imp -> imports.ownerOf(imp, folder)
                .filter(owner -> !owner.equals(suite.id())).ifPresent(owner -> named.merge(owner, 1, Integer::sum))));
        Map<String, Component> byId = new HashMap<>();
        kept.forEach(c -> byId.put(c.id(), c));
        Optional<Component> mostImported = named.entrySet().stream().filter(e -> byId.containsKey(e.getKey()))
                .max(Map.Entry.<String, Integer>comparingByValue() // ties: the first id alphabetically
                        .thenComparing(Map.Entry.<String, Integer>comparingByKey().reversed()))
                .map(e -> byId.get(e.getKey()));
        return mostImported.orElseGet(() -> kept.stream().filter(c -> c.kind() != ComponentKind.PLATFORM)
                .max(Comparator.comparingInt((Component c) -> production.getOrDefault(c.id(), 0))).orElseThrow());
    }

    private static Map<String, Map<IndexedFile, FileAnalysis>> assign(List<Component> components,
                                                                     Map<IndexedFile, FileAnalysis> analyses) {
        ComponentOwnership ownership = ComponentOwnership.of(components);
        Map<String, Map<IndexedFile, FileAnalysis>> out = new HashMap<>();
        analyses.forEach((file, analysis) -> ownership.ownerOf(file.path(), file.isCode()).ifPresent(id ->
                out.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(file, analysis)));
        return out;
    }
}
