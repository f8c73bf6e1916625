package dev.uplift.analysis.engine;

import dev.uplift.analysis.checklist.ReadinessChecklist;
import dev.uplift.analysis.checklist.RepositoryFiles;
import dev.uplift.analysis.components.TierClassifier;
import dev.uplift.analysis.coverage.FileCoverage;
import dev.uplift.analysis.coverage.TestReach;
import dev.uplift.analysis.deps.DependencyCheck;
import dev.uplift.analysis.duplication.Duplication;
import dev.uplift.analysis.duplication.Fingerprints;
import dev.uplift.analysis.index.IndexedFile;
import dev.uplift.analysis.index.Languages;
import dev.uplift.analysis.index.RepoPaths;
import dev.uplift.analysis.rules.ComponentFacts;
import dev.uplift.analysis.rules.ComponentRule;
import dev.uplift.analysis.rules.RuleCatalog;
import dev.uplift.analysis.rules.Signals;
import dev.uplift.analysis.rules.simulated.SimulatedFunctionRule;
import dev.uplift.model.Component;
import dev.uplift.model.ComponentAssessment;
import dev.uplift.model.ComponentMetrics;
import dev.uplift.model.Finding;
import dev.uplift.model.ProductionStandards;
import dev.uplift.model.Severity;
import dev.uplift.model.Tier;
import dev.uplift.model.scoring.ScoredComponent;
import dev.uplift.model.scoring.ScoringModel;

import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns per-file analyses into one {@link ComponentAssessment}: metrics, the coverage estimate by
 * test reach, component rules, tier, import dependencies, the component's readiness checklist
 * (whose failed operations controls become findings) and scores. Not thread-safe.
 */
final class ComponentAggregator {
    /** Rules that find live credentials: they cost points wherever the key is, tests and examples included. */
    private static final Set<String> LEAKED_SECRETS = Set.of("SEC-SECRET", "SEC-ENV-FILE");
    private final TierClassifier tiers = new TierClassifier();
    private final ScoringModel scoring = new ScoringModel();
    private final ImportOwners importOwners;
    private final ProductionStandards standard;
    private final LocalDate today;

    private final DependencyCheck dependencies;
    private final RepositoryFiles repositoryFiles;

    ComponentAggregator(ImportOwners importOwners, ProductionStandards standard, LocalDate today,
                        DependencyCheck dependencies, List<IndexedFile> repositoryFiles) {
        this.importOwners = importOwners;
        this.standard = standard;
        this.today = today;
        this.dependencies = dependencies;
        this.repositoryFiles = new RepositoryFiles(repositoryFiles);
    }

    /**
     * @param coverage line coverage from reports, by repository-relative path (empty without reports)
     * @param settledNote how settling the components changed this one (added to its tier reason), or null
     */
    ComponentAssessment aggregate(Component component, Map<IndexedFile, FileAnalysis> files, boolean hasReadme,
                                  Map<String, FileCoverage> coverage, Map<String, TestReach.Reach> reach,
                                  List<Finding> hotspots, String settledNote) {
        Map<String, Integer> byLanguage = new HashMap<>();
        int loc = 0, sources = 0, tests = 0, testLoc = 0, functions = 0, api = 0, documented = 0, stubs = 0;
        int referenced = 0, functionLines = 0, reachedLines = 0, notImplemented = 0, simulated = 0;
        List<Finding> demo = new ArrayList<>(); // simulated functions in demo folders: one finding per folder
        List<Finding> findings = new ArrayList<>();
        // findings in test, example and documentation code are listed but cost no points, except live secrets:
        // a leaked key is leaked anywhere
        List<Finding> scored = new ArrayList<>();
        Set<String> signals = new HashSet<>();
        Set<String> imports = new HashSet<>();
        for (Map.Entry<IndexedFile, FileAnalysis> e : files.entrySet()) {
            IndexedFile file = e.getKey();
            FileAnalysis a = e.getValue();
            boolean sample = Languages.isSamplePath(file.path());
            for (Finding f : a.findings()) {
                if (isDemoSimulation(f)) {
                    demo.add(f);
                    continue;
                }
                Finding judged = standard.apply(f, component.id(), today);
                findings.add(judged);
                if (!file.test() && !sample || LEAKED_SECRETS.contains(judged.ruleId())) {
                    scored.add(judged);
                }
            }
            if (!sample) {
                signals.addAll(a.signals());
            }
            imports.addAll(a.imports());
            if (!file.isCode() || sample) {
                continue;
            }
            if (file.test()) {
                tests++;
                testLoc += a.codeLines();
            } else {
                sources++;
                loc += a.codeLines();
                byLanguage.merge(file.language(), a.codeLines(), Integer::sum);
                functions += a.functions();
                api += a.publicApi();
                documented += a.documentedApi();
                stubs += a.stubFunctions();
                notImplemented += a.notImplementedFunctions();
                simulated += a.simulatedFunctions();
                TestReach.Reach r = reach.get(file.path());
                if (r != null) {
                    referenced += r.referenced() ? 1 : 0;
                    functionLines += r.functionLines();
                    reachedLines += r.reachedLines();
                }
            }
        }
        if (signals.contains(Signals.PUBLISHED_LIBRARY)) { // its servers and mains are examples and tools, not a service
            signals.remove(Signals.HTTP_SERVER);
            signals.remove(Signals.ENTRY_POINT);
            signals.remove(Signals.HTTP_CLIENT); // retry policy is its callers' choice
        }
        for (Finding f : SimulatedFunctionRule.oncePerDemoFolder(demo)) {
            Finding judged = standard.apply(f, component.id(), today);
            findings.add(judged);
            scored.add(judged);
        }
        Map<String, Fingerprints> code = new TreeMap<>();
        files.forEach((file, a) -> {
            if (file.isCode() && !file.test() && !Languages.isSamplePath(file.path())) {
                code.put(file.path(), a.fingerprints());
            }
        });
        for (Finding f : Duplication.find(code)) {
            Finding judged = standard.apply(f, component.id(), today);
            findings.add(judged);
            scored.add(judged);
        }
        api += undocumentedPackages(files.keySet()); // a Java package without package-info is undocumented API
        findings.addAll(hotspots); // information: no points
        for (Finding f : dependencies.check(List.copyOf(files.keySet()))) {
            Finding judged = standard.apply(f, component.id(), today);
            findings.add(judged);
            if (!Languages.isSamplePath(f.file()) && !Languages.isTestPath(f.file())) { // an example's pins are not the product's
                scored.add(judged);
            }
        }
        int[] lines = reportedLines(files, coverage);
        ComponentMetrics metrics = new ComponentMetrics(loc, byLanguage, sources, tests, testLoc, functions, api,
                documented, stubs, referenced, hasReadme, lines[0], lines[1], functionLines, reachedLines, notImplemented,
                simulated);

        Component withDeps = component.withLanguages(languagesByLines(byLanguage, files))
                .withDependsOn(dependencies(component, imports));
        Component tiered = component.tier() == null ? tiers.classify(withDeps, signals) : withDeps;
        Component classified = settledNote == null ? tiered
                : tiered.withTier(tiered.tier(), tiered.tierReason() + "; " + settledNote);
        if (classified.tier() == Tier.P1) { // critical infrastructure that only pretends is critical
            findings.replaceAll(ComponentAggregator::criticalInInfrastructure);
            scored.replaceAll(ComponentAggregator::criticalInInfrastructure);
        }
        ComponentFacts facts = new ComponentFacts(classified, metrics, signals);
        for (ComponentRule rule : RuleCatalog.componentRules()) {
            rule.check(facts).map(f -> standard.apply(f, classified.id(), today)).ifPresent(f -> {
                findings.add(f);
                scored.add(f);
            });
        }
        ReadinessChecklist.ComponentChecklist checklist = checklist(classified, metrics, files, findings);
        for (Finding f : checklist.findings()) {
            Finding judged = standard.apply(f, classified.id(), today);
            findings.add(judged);
            scored.add(judged);
        }
        List<Finding> grouped = new ArrayList<>(FindingGroups.byFile(findings));
        grouped.sort(Comparator.comparing(Finding::severity).thenComparing(Finding::file)
                .thenComparingInt(Finding::line));
        ScoredComponent score = scoring.score(metrics, FindingGroups.byFile(scored));
        return new ComponentAssessment(classified, metrics, score.scores(), score.deductions(),
                score.coverageSource(), grouped, checklist.items());
    }

    private static boolean isDemoSimulation(Finding f) {
        return f.ruleId().equals(SimulatedFunctionRule.RULE.id()) && f.severity() == SimulatedFunctionRule.DEMO_SEVERITY;
    }

    private static Finding criticalInInfrastructure(Finding f) {
        if (!f.ruleId().equals(SimulatedFunctionRule.RULE.id()) || f.severity() != Severity.MAJOR) {
            return f;
        }
        return new Finding(f.ruleId(), f.category(), Severity.CRITICAL, f.file(), f.line(),
                f.message() + " (in critical infrastructure)", f.evidence(), 2 * f.effortMinutes(), f.cwe(), f.exemption(),
                f.occurrences(), f.review(), f.trace());
    }

    private ReadinessChecklist.ComponentChecklist checklist(Component component, ComponentMetrics metrics,
                                                            Map<IndexedFile, FileAnalysis> files, List<Finding> findings) {
        try {
            return ReadinessChecklist.forComponent(component, metrics, files, repositoryFiles, findings);
        } catch (RuntimeException e) { // a checklist bug must not cost the user the assessment
            LoggerFactory.getLogger(ComponentAggregator.class).error("checklist of {} failed", component.id(), e);
            return new ReadinessChecklist.ComponentChecklist(List.of(), List.of());
        }
    }

    /** Folders of production Java files that have no package-info.java. */
    private static int undocumentedPackages(Set<IndexedFile> files) {
        Set<String> packages = new HashSet<>();
        Set<String> described = new HashSet<>();
        for (IndexedFile f : files) {
            if (f.language().equals("java") && !f.test()) {
                String dir = RepoPaths.parent(f.path());
                (f.fileName().equals("package-info.java") ? described : packages).add(dir);
            }
        }
        packages.removeAll(described);
        return packages.size();
    }

    /**
     * Covered and coverable lines of the component's production files from the reports. A production
     * file of a language the reports cover but absent from them counts as uncovered: a report that
     * leaves files out must not flatter the component.
     */
    private static int[] reportedLines(Map<IndexedFile, FileAnalysis> files, Map<String, FileCoverage> coverage) {
        Set<String> reportedLanguages = new HashSet<>();
        files.keySet().stream().filter(f -> coverage.containsKey(f.path())).forEach(f -> reportedLanguages.add(f.language()));
        int covered = 0;
        int coverable = 0;
        for (Map.Entry<IndexedFile, FileAnalysis> e : files.entrySet()) {
            IndexedFile f = e.getKey();
            if (!f.isCode() || f.test() || !reportedLanguages.contains(f.language())) {
                continue;
            }
            FileCoverage c = coverage.get(f.path());
            covered += c == null ? 0 : c.coveredLines();
            coverable += c == null ? e.getValue().codeLines() : c.coverableLines();
        }
        return new int[] {covered, coverable};
    }

    private List<String> dependencies(Component component, Set<String> imports) {
        Set<String> deps = new TreeSet<>(component.dependsOn());
        String folder = component.path().equals(".") ? "" : component.path();
        for (String imp : imports) {
            importOwners.ownerOf(imp, folder).filter(owner -> !owner.equals(component.id())).ifPresent(deps::add);
        }
        return List.copyOf(deps);
    }

    private static List<String> languagesByLines(Map<String, Integer> byLanguage, Map<IndexedFile, FileAnalysis> files) {
        if (byLanguage.isEmpty()) { // only tests or config: name what is there
            return files.keySet().stream().filter(IndexedFile::isCode).map(IndexedFile::language).distinct().sorted()
                    .toList();
        }
        return byLanguage.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
    }
}
