package dev.uplift.analysis.coverage;

import dev.uplift.analysis.index.FileIndex;
import dev.uplift.analysis.index.IndexedFile;
import dev.uplift.analysis.index.RepoPaths;
import dev.uplift.model.AssessmentWarning;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds coverage reports in the usual places of every component (build folders the file index passes
 * over included) and maps each report entry to a production file of the repository by its path.
 */
public final class CoverageMap {
    static final long MAX_REPORT_BYTES = 64L * 1024 * 1024;
    /** Where build tools write reports, relative to a module. */
    static final List<String> USUAL_PLACES = List.of("target/site/jacoco/jacoco.xml",
            "target/site/jacoco-aggregate/jacoco.xml", "build/reports/jacoco/test/jacocoTestReport.xml",
            "coverage.xml", "coverage/cobertura-coverage.xml", "coverage/coverage.xml", "coverage/lcov.info", "lcov.info");

    private final Map<String, FileCoverage> byRepoPath = new HashMap<>();
    private final List<String> reports = new ArrayList<>();
    private final List<AssessmentWarning> warnings = new ArrayList<>();

    /** Coverage by repository-relative path of the files the reports name. */
    public Map<String, FileCoverage> byPath() {
        return byRepoPath;
    }

    public List<String> reports() {
        return reports;
    }

    public List<AssessmentWarning> warnings() {
        return warnings;
    }

    /**
     * @param moduleDirs component folders ({@code ""} for the root) to look in
     * @param extra      reports the user named, absolute or relative to the repository
     */
    public static CoverageMap build(Path root, FileIndex index, Set<String> moduleDirs, List<Path> extra) {
        CoverageMap map = new CoverageMap();
        Set<Path> candidates = new LinkedHashSet<>();
        for (String dir : moduleDirs) {
            for (String place : USUAL_PLACES) {
                Path p = root.resolve(RepoPaths.join(dir, place));
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    candidates.add(p.normalize());
                }
            }
        }
        for (IndexedFile f : index.files()) {
            String n = f.fileName();
            if (n.equals("jacoco.xml") || n.equals("lcov.info") || n.equals("coverage.xml") || n.startsWith("cobertura")
                    && n.endsWith(".xml")) {
                candidates.add(f.absolute().normalize());
            }
        }
        extra.forEach(p -> candidates.add(root.resolve(p).normalize()));
        Map<String, List<String>> production = new HashMap<>(); // file name -> production paths, built once
        index.files().stream().filter(f -> f.isCode() && !f.test())
                .forEach(f -> production.computeIfAbsent(f.fileName(), k -> new ArrayList<>()).add(f.path()));
        for (Path report : candidates) {
            map.read(root, report, production);
        }
        return map;
    }

    private void read(Path root, Path report, Map<String, List<String>> production) {
        String shown = root.relativize(report).toString().replace('\\', '/');
        try {
            if (Files.size(report) > MAX_REPORT_BYTES) {
                warnings.add(new AssessmentWarning(shown, "coverage report larger than 64 MiB; not read"));
                return;
            }
            List<FileCoverage> entries = CoverageReportReader.read(Files.readAllBytes(report));
            reports.add(shown);
            for (FileCoverage entry : entries) {
                match(root, entry, production).ifPresent(path -> byRepoPath.merge(path, entry, (a, b) ->
                        a.coverableLines() >= b.coverableLines() ? a : b));
            }
        } catch (IOException | RuntimeException e) {
            warnings.add(new AssessmentWarning(shown, "coverage report could not be read: " + e.getMessage()));
        }
    }

    /**
     * The production file a report entry names: by its path below the repository, else by the one
     * production path that ends with it. {@code production} maps file names to production paths.
     */
    static java.util.Optional<String> match(Path root, FileCoverage entry, Map<String, List<String>> production) {
        String named = entry.path().replace('\\', '/');
        String rootText = root.toString().replace('\\', '/') + "/";
        if (named.startsWith(rootText)) {
            named = named.substring(rootText.length());
        }
        String candidate = named;
        List<String> sameName = production.getOrDefault(candidate.substring(candidate.lastIndexOf('/') + 1), List.of());
        if (sameName.contains(candidate)) {
            return java.util.Optional.of(candidate);
        }
        List<String> bySuffix = sameName.stream().filter(p -> p.endsWith("/" + candidate)).toList();
        return bySuffix.size() == 1 ? java.util.Optional.of(bySuffix.get(0)) : java.util.Optional.empty();
    }
}
