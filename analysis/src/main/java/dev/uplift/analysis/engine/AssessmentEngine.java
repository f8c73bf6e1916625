package dev.uplift.analysis.engine;

import dev.uplift.analysis.checklist.ReadinessChecklist;
import dev.uplift.analysis.components.ComponentDetector;
import dev.uplift.analysis.components.PathAliases;
import dev.uplift.analysis.coverage.CoverageMap;
import dev.uplift.analysis.coverage.FileCoverage;
import dev.uplift.analysis.coverage.TestReach;
import dev.uplift.analysis.deps.DependencyCheck;
import dev.uplift.analysis.deps.RepositoryDependencies;
import dev.uplift.analysis.git.FileHistory;
import dev.uplift.analysis.git.GitHead;
import dev.uplift.analysis.git.GitHistory;
import dev.uplift.analysis.git.Hotspots;
import dev.uplift.analysis.index.FileIndex;
import dev.uplift.analysis.index.FileIndexer;
import dev.uplift.analysis.index.IndexedFile;
import dev.uplift.analysis.parse.GeneratedCode;
import dev.uplift.analysis.parse.Notebooks;
import dev.uplift.analysis.index.RepoPaths;
import dev.uplift.analysis.index.SourceReader;
import dev.uplift.analysis.index.SourceText;
import dev.uplift.model.AssessmentWarning;
import dev.uplift.model.Component;
import dev.uplift.model.ComponentAssessment;
import dev.uplift.model.Finding;
import dev.uplift.model.checklist.CheckResult;
import dev.uplift.model.service.Cancellation;
import dev.uplift.model.service.CancelledException;
import dev.uplift.model.service.ProgressListener;

import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The pipeline of design.md §3 up to scoring: index → components → analyze each file once, in
 * parallel, through the cache → aggregate and score per component. Storage is the caller's job.
 * Thread-safe: each run has its own state.
 */
public final class AssessmentEngine {
    /** Bump whenever analyzer output changes for the same content: it invalidates every cached result. */
    public static final String VERSION = "22";
    private static final Pattern README = Pattern.compile("(?i)readme(\\.(md|rst|txt|adoc))?");

    private final AnalysisCache cache;
    private final int threads;
    private final StepTimes stepTimes;

    public AssessmentEngine(AnalysisCache cache, int threads) {
        this(cache, threads, StepTimes.OFF);
    }

    /** @param stepTimes where to sum the time of each analysis step (for the benchmark) */
    public AssessmentEngine(AnalysisCache cache, int threads, StepTimes stepTimes) {
        this.cache = cache;
        this.threads = Math.max(1, threads);
        this.stepTimes = stepTimes;
    }

    private record FileOutcome(IndexedFile file, FileAnalysis analysis, String cacheKey, boolean cacheHit,
                               List<AssessmentWarning> warnings) {
    }

    /**
     * Assesses the repository; the standard's severity overrides and exemptions are applied to what
     * the analyzers found (cached results stay as the analyzers produced them).
     */
    public EngineResult run(Path repository, RunSettings settings, ProgressListener progress,
                            Cancellation cancellation) throws IOException {
        Path root = repository.toAbsolutePath().normalize();
        progress.progress(0, -1, "indexing files");
        PhaseTimes times = new PhaseTimes();
        FileIndex index = new FileIndexer(root, cancellation).index();
        times.lap("index");
        List<AssessmentWarning> warnings = new ArrayList<>(index.warnings());
        ComponentDetector.Detection detection = new ComponentDetector(root, index).detect();
        warnings.addAll(detection.warnings());
        times.lap("components");

        List<FileOutcome> outcomes = analyzeAll(index.files(), cache.forRun(), progress, cancellation);
        times.lap("files");
        Map<String, FileAnalysis> newEntries = new HashMap<>();
        int hits = 0;
        Map<IndexedFile, FileAnalysis> analyses = new LinkedHashMap<>();
        for (FileOutcome o : outcomes) {
            warnings.addAll(o.warnings());
            if (o.analysis() != null) {
                analyses.put(o.file(), o.analysis());
                if (o.cacheHit()) {
                    hits++;
                } else {
                    newEntries.put(o.cacheKey(), o.analysis());
                }
            }
        }
        cancellation.check();
        Set<String> moduleDirs = detection.components().stream().map(c -> c.path().equals(".") ? "" : c.path())
                .collect(Collectors.toSet());
        moduleDirs.add("");
        CoverageMap coverage = CoverageMap.build(root, index, moduleDirs, settings.coverageReports());
        warnings.addAll(coverage.warnings());
        RepositoryDependencies dependencies = RepositoryDependencies.read(index);
        warnings.addAll(dependencies.warnings());
        times.lap("coverage and manifests");
        Map<String, List<Finding>> hotspots = hotspots(root, analyses, settings.historyMonths(), cancellation, warnings);
        times.lap("history");
        Map<String, TestReach.Reach> reach = testReach(analyses);
        times.lap("test reach");
        PathAliases aliases = PathAliases.read(index);
        warnings.addAll(aliases.warnings());
        ImportOwners imports = new ImportOwners(detection.ownerOfName(), aliases);
        ComponentAggregator aggregator = new ComponentAggregator(imports, settings.standard(),
                LocalDate.now(), new DependencyCheck(settings.advisories(), dependencies), index.files());
        List<ComponentAssessment> components = aggregate(detection, index, analyses, aggregator, imports,
                coverage.byPath(), reach, hotspots);
        times.lap("components scored");
        warnings.sort(Comparator.comparing(AssessmentWarning::file));
        List<CheckResult> checklist;
        try {
            checklist = ReadinessChecklist.forRepository(index.files(), analyses, components);
        } catch (RuntimeException e) { // a checklist bug must not cost the user the assessment
            LoggerFactory.getLogger(AssessmentEngine.class).error("readiness checklist failed", e);
            warnings.add(new AssessmentWarning("", "the readiness checklist could not be evaluated; see the log"));
            checklist = List.of();
        }
        times.lap("checklist");
        LoggerFactory.getLogger(AssessmentEngine.class).info("{} files in {}", index.files().size(), times);
        return new EngineResult(components, warnings, newEntries, analyses.size(), hits,
                GitHead.commitOf(root).orElse(null), checklist);
    }

    private List<FileOutcome> analyzeAll(List<IndexedFile> files, AnalysisCache cache, ProgressListener progress,
                                         Cancellation cancellation) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        SourceReader reader = new SourceReader();
        FileAnalyzer analyzer = new FileAnalyzer(stepTimes);
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<FileOutcome>> futures = new ArrayList<>(files.size());
            for (IndexedFile file : files) {
                futures.add(pool.submit(() -> {
                    cancellation.check();
                    FileOutcome outcome = analyzeOne(file, reader, analyzer, cache);
                    progress.progress(done.incrementAndGet(), files.size(), file.path());
                    return outcome;
                }));
            }
            List<FileOutcome> outcomes = new ArrayList<>(files.size());
            for (Future<FileOutcome> f : futures) {
                outcomes.add(f.get());
            }
            return outcomes;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CancelledException c) {
                throw c;
            }
            throw new IllegalStateException("analysis failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } finally {
            pool.shutdownNow();
        }
    }

    private FileOutcome analyzeOne(IndexedFile file, SourceReader reader, FileAnalyzer analyzer, AnalysisCache cache) {
        List<AssessmentWarning> warnings = new ArrayList<>();
        SourceText text;
        try {
            text = reader.read(file);
        } catch (IOException e) {
            warnings.add(new AssessmentWarning(file.path(), "could not be read: " + e.getMessage()));
            return new FileOutcome(file, null, null, false, warnings);
        } catch (SourceReader.UnreadableFileException e) {
            if (file.isCode()) { // a binary .png is expected; a binary .java is worth telling
                warnings.add(new AssessmentWarning(file.path(), e.getMessage()));
            }
            return new FileOutcome(file, null, null, false, warnings);
        }
        Optional<String> minified = GeneratedCode.minified(file, text.text());
        if (minified.isPresent()) {
            warnings.add(new AssessmentWarning(file.path(), minified.get()));
            return new FileOutcome(file, null, null, false, warnings);
        }
        String key = String.join(":", text.sha256(), file.language(), file.test() ? "test" : "main", VERSION);
        Optional<FileAnalysis> cached = cache.find(key);
        FileAnalysis analysis;
        if (cached.isPresent()) {
            analysis = cached.get().repath(file.path());
        } else {
            FileAnalyzer.Outcome outcome;
            try {
                String source = Notebooks.isNotebook(file) ? Notebooks.pythonOf(text.text()) : text.text();
                outcome = analyzer.analyze(file, source);
            } catch (Notebooks.NotANotebookException e) {
                warnings.add(new AssessmentWarning(file.path(), e.getMessage() + "; skipped"));
                return new FileOutcome(file, null, null, false, warnings);
            } catch (RuntimeException | StackOverflowError e) { // one hostile file must not cost the assessment
                LoggerFactory.getLogger(AssessmentEngine.class).warn("analysis of {} failed", file.path(), e);
                warnings.add(new AssessmentWarning(file.path(), "could not be analyzed (" + e.getClass().getSimpleName()
                        + "); see the log"));
                return new FileOutcome(file, null, null, false, warnings);
            }
            analysis = outcome.analysis();
            for (String rule : outcome.failedRules()) {
                warnings.add(new AssessmentWarning(file.path(), "rule " + rule + " failed on this file; see the log"));
            }
        }
        if (analysis.parseProblem() != null) {
            warnings.add(new AssessmentWarning(file.path(), analysis.parseProblem()));
        }
        return new FileOutcome(file, analysis, key, cached.isPresent(), warnings);
    }

    private static List<ComponentAssessment> aggregate(ComponentDetector.Detection detection, FileIndex index,
                                                       Map<IndexedFile, FileAnalysis> analyses,
                                                       ComponentAggregator aggregator, ImportOwners imports,
                                                       Map<String, FileCoverage> coverage,
                                                       Map<String, TestReach.Reach> reach,
                                                       Map<String, List<Finding>> hotspots) {
        ComponentSettlement.Settled settled = ComponentSettlement.settle(detection.components(), analyses, imports);
        Set<String> kept = settled.components().stream().map(Component::id).collect(Collectors.toSet());
        List<ComponentAssessment> out = new ArrayList<>();
        Set<String> foldersWithReadme = index.files().stream().filter(f -> README.matcher(f.fileName()).matches())
                .map(f -> RepoPaths.parent(f.path())).collect(Collectors.toSet());
        for (Component c : settled.components()) {
            boolean readme = foldersWithReadme.contains(c.path().equals(".") ? "" : c.path());
            Map<IndexedFile, FileAnalysis> files = settled.files().getOrDefault(c.id(), Map.of());
            List<Finding> componentHotspots = files.keySet().stream()
                    .flatMap(f -> hotspots.getOrDefault(f.path(), List.of()).stream()).toList();
            ComponentAssessment assessed = aggregator.aggregate(c, files, readme, coverage, reach, componentHotspots,
                    settled.notes().get(c.id()));
            List<String> dependsOn = assessed.component().dependsOn().stream().filter(kept::contains).toList();
            out.add(assessed.withComponent(assessed.component().withDependsOn(dependsOn)));
        }
        return out;
    }

    /** What the repository's tests (of any component: integration tests reach across) reach of each production file. */
    private static Map<String, TestReach.Reach> testReach(Map<IndexedFile, FileAnalysis> analyses) {
        List<TestReach.Production> production = new ArrayList<>();
        List<Set<String>> tests = new ArrayList<>();
        analyses.forEach((file, analysis) -> {
            if (!file.isCode()) {
                return;
            }
            if (file.test()) {
                tests.add(analysis.identifiers());
            } else {
                production.add(new TestReach.Production(file.path(), analysis.functionLines(), analysis.localCalls()));
            }
        });
        return TestReach.of(production, tests);
    }

    /** Hotspot findings by file, from the git history; without a readable history, one warning and none. */
    private static Map<String, List<Finding>> hotspots(Path root, Map<IndexedFile, FileAnalysis> analyses, int months,
                                                       Cancellation cancellation, List<AssessmentWarning> warnings) {
        Map<String, FileHistory> history;
        try {
            history = GitHistory.read(root, Instant.now().minus(Duration.ofDays(30L * months)), cancellation);
        } catch (IOException e) {
            warnings.add(new AssessmentWarning(".git", "history unavailable (" + e.getMessage()
                    + "): no churn or hotspots"));
            return Map.of();
        }
        List<Hotspots.Candidate> candidates = new ArrayList<>();
        analyses.forEach((file, analysis) -> {
            if (file.isCode() && !file.test()) {
                candidates.add(new Hotspots.Candidate(file.path(), analysis.codeLines(),
                        history.getOrDefault(file.path(), new FileHistory(0, 0))));
            }
        });
        return Hotspots.of(candidates, months).stream().collect(Collectors.groupingBy(Finding::file));
    }

    /** Milliseconds per phase of a run, for the log: where the time of a slow run went. */
    private static final class PhaseTimes {
        private final StringBuilder laps = new StringBuilder();
        private long last = System.nanoTime();

        void lap(String phase) {
            long now = System.nanoTime();
            laps.append(laps.isEmpty() ? "" : ", ").append(phase).append(' ').append((now - last) / 1_000_000).append(" ms");
            last = now;
        }

        @Override
        public String toString() {
            return laps.toString();
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "uplift-analyzer-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
