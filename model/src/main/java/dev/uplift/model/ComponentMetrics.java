package dev.uplift.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Numbers measured on one component. Test code is counted apart from production code so that
 * tests neither inflate size nor dilute defect density.
 *
 * @param linesOfCode         non-blank, non-comment lines of production code
 * @param linesByLanguage     production lines of code per language
 * @param sourceFiles         production source files
 * @param testFiles           test source files
 * @param testLinesOfCode     lines of code in test files
 * @param functions           functions and methods in production code
 * @param publicApi           public functions, methods and types (the API that should be documented)
 * @param documentedPublicApi how many of those carry a doc comment or docstring
 * @param stubFunctions       functions whose body is a stub: empty, not implemented, or simulated (faking its work)
 * @param testedSourceFiles   production files that some test refers to by name
 * @param hasReadme           whether the component folder has a README
 * @param coveredLines        lines a coverage report shows executed by tests (0 without a report)
 * @param coverableLines      lines the coverage reports account for; 0 when no report covers the component
 * @param functionLines       lines inside production functions
 * @param reachedFunctionLines lines of the production functions that tests name (the coverage estimate)
 * @param notImplementedFunctions stubs that say they are not implemented
 * @param simulatedFunctions  stubs that pretend: canned or random results, sleeps or log lines instead of work
 */
public record ComponentMetrics(int linesOfCode, Map<String, Integer> linesByLanguage, int sourceFiles,
                               int testFiles, int testLinesOfCode, int functions, int publicApi,
                               int documentedPublicApi, int stubFunctions, int testedSourceFiles,
                               boolean hasReadme, int coveredLines, int coverableLines, int functionLines,
                               int reachedFunctionLines, int notImplementedFunctions, int simulatedFunctions) {

    public ComponentMetrics {
        linesByLanguage = Map.copyOf(linesByLanguage);
    }

    /** Metrics whose stubs are all of the empty kind. */
    public ComponentMetrics(int linesOfCode, Map<String, Integer> linesByLanguage, int sourceFiles, int testFiles,
                            int testLinesOfCode, int functions, int publicApi, int documentedPublicApi,
                            int stubFunctions, int testedSourceFiles, boolean hasReadme, int coveredLines,
                            int coverableLines, int functionLines, int reachedFunctionLines) {
        this(linesOfCode, linesByLanguage, sourceFiles, testFiles, testLinesOfCode, functions, publicApi,
                documentedPublicApi, stubFunctions, testedSourceFiles, hasReadme, coveredLines, coverableLines,
                functionLines, reachedFunctionLines, 0, 0);
    }

    /** Metrics without function reach: the coverage estimate then goes by the files tests refer to. */
    public ComponentMetrics(int linesOfCode, Map<String, Integer> linesByLanguage, int sourceFiles, int testFiles,
                            int testLinesOfCode, int functions, int publicApi, int documentedPublicApi,
                            int stubFunctions, int testedSourceFiles, boolean hasReadme, int coveredLines,
                            int coverableLines) {
        this(linesOfCode, linesByLanguage, sourceFiles, testFiles, testLinesOfCode, functions, publicApi,
                documentedPublicApi, stubFunctions, testedSourceFiles, hasReadme, coveredLines, coverableLines, 0, 0, 0, 0);
    }

    public static ComponentMetrics empty() {
        return new ComponentMetrics(0, Map.of(), 0, 0, 0, 0, 0, 0, 0, 0, false, 0, 0, 0, 0, 0, 0);
    }

    /** Share of functions that are stubs, 0..1. */
    public double stubRatio() {
        return functions == 0 ? 0 : (double) stubFunctions / functions;
    }

    /** Stubs with an empty or placeholder body: neither 'not implemented' nor simulated. */
    public int emptyStubs() {
        return Math.max(0, stubFunctions - notImplementedFunctions - simulatedFunctions);
    }

    /** Whether a coverage report accounts for this component. */
    public boolean hasCoverageReport() {
        return coverableLines > 0;
    }

    /** Share of the public API that is documented, 0..1; 1 when there is no public API. */
    public double docCoverage() {
        return publicApi == 0 ? 1 : (double) documentedPublicApi / publicApi;
    }

    /** The metrics as flat name/value pairs, for storage and export; language lines as {@code loc.<lang>}. */
    public Map<String, Double> asMap() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("linesOfCode", (double) linesOfCode);
        m.put("sourceFiles", (double) sourceFiles);
        m.put("testFiles", (double) testFiles);
        m.put("testLinesOfCode", (double) testLinesOfCode);
        m.put("functions", (double) functions);
        m.put("publicApi", (double) publicApi);
        m.put("documentedPublicApi", (double) documentedPublicApi);
        m.put("stubFunctions", (double) stubFunctions);
        m.put("testedSourceFiles", (double) testedSourceFiles);
        m.put("hasReadme", hasReadme ? 1.0 : 0.0);
        m.put("coveredLines", (double) coveredLines);
        m.put("coverableLines", (double) coverableLines);
        m.put("functionLines", (double) functionLines);
        m.put("reachedFunctionLines", (double) reachedFunctionLines);
        m.put("notImplementedFunctions", (double) notImplementedFunctions);
        m.put("simulatedFunctions", (double) simulatedFunctions);
        new TreeMap<>(linesByLanguage).forEach((lang, n) -> m.put("loc." + lang, (double) n));
        return m;
    }

    /** Inverse of {@link #asMap()}; missing names count as zero. */
    public static ComponentMetrics fromMap(Map<String, Double> m) {
        Map<String, Integer> byLanguage = new TreeMap<>();
        m.forEach((k, v) -> {
            if (k.startsWith("loc.")) {
                byLanguage.put(k.substring(4), v.intValue());
            }
        });
        return new ComponentMetrics(i(m, "linesOfCode"), byLanguage, i(m, "sourceFiles"), i(m, "testFiles"),
                i(m, "testLinesOfCode"), i(m, "functions"), i(m, "publicApi"), i(m, "documentedPublicApi"),
                i(m, "stubFunctions"), i(m, "testedSourceFiles"), i(m, "hasReadme") == 1, i(m, "coveredLines"),
                i(m, "coverableLines"), i(m, "functionLines"), i(m, "reachedFunctionLines"),
                i(m, "notImplementedFunctions"), i(m, "simulatedFunctions"));
    }

    private static int i(Map<String, Double> m, String key) {
        return m.getOrDefault(key, 0.0).intValue();
    }
}
