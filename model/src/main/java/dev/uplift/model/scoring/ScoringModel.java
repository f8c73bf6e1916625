package dev.uplift.model.scoring;

import dev.uplift.model.Category;
import dev.uplift.model.ComponentMetrics;
import dev.uplift.model.CoverageSource;
import dev.uplift.model.Finding;
import dev.uplift.model.ScoreDeduction;
import dev.uplift.model.Scores;
import dev.uplift.model.Severity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scoring model v1, documented in docs/scoring.md.
 *
 * <p>Finding-driven categories use a debt ratio in the spirit of SonarQube's ratings: the
 * severity-weighted remediation minutes of a category's line findings divided by the estimated cost
 * of writing the code (30 minutes a line). The score falls linearly from 10 at no debt to 0 at a ratio
 * of {@value #ZERO_SCORE_DEBT_RATIO}, so SonarQube's A boundary (5 %) scores 9 and its B boundary 8.
 * Findings about a component as a whole (line 0: a missing control such as a health check) cost a
 * fixed number of points by severity, since a missing control is as missing in a small component as
 * in a large one. Security is scored by the number and severity of its findings instead (see
 * {@code securityScore}); a blocker caps it at {@value #BLOCKER_SECURITY_CAP}. Readiness is capped by
 * a blocker ({@value #BLOCKER_READINESS_CAP}) and by the absence of any test ({@value #UNTESTED_READINESS_CAP}).
 *
 * <p>Every lost point is attributed to a rule; removing a finding never lowers a score; outside security,
 * a component twice the size with twice the line findings scores the same.
 *
 * <p>Thread-safe: stateless.
 */
public final class ScoringModel {
    static final int MINUTES_PER_LINE = 30;
    static final int MIN_SIZE_LINES = 100;
    static final double ZERO_SCORE_DEBT_RATIO = 0.5;
    static final double BLOCKER_READINESS_CAP = dev.uplift.model.Assessment.BLOCKER_READINESS_CAP;
    static final double BLOCKER_SECURITY_CAP = 1.0;
    /** Points a component-level finding (a missing control) costs, by severity. */
    static final Map<Severity, Double> CONTROL_POINTS = Map.of(Severity.BLOCKER, 6.0, Severity.CRITICAL, 4.0,
            Severity.MAJOR, 2.5, Severity.MINOR, 1.0, Severity.INFO, 0.0);
    static final double API_DOC_SHARE = 7.0;
    static final double README_SHARE = 3.0;

    /** Readiness weights; coverage enters as percent / 10. They sum to 1. */
    static final Map<Category, Double> READINESS_WEIGHTS = weights();

    private static final List<Category> DEBT_CATEGORIES = List.of(Category.CODE_QUALITY, Category.PERFORMANCE,
            Category.ERROR_HANDLING, Category.OBSERVABILITY, Category.OPERATIONS);
    /**
     * Weight of one security finding by severity: a confirmed vulnerability (critical) counts five times
     * a point to review (major), a live secret (blocker) four times a vulnerability.
     */
    static final Map<Severity, Double> SECURITY_WEIGHTS = Map.of(Severity.BLOCKER, 3.0, Severity.CRITICAL, 0.75,
            Severity.MAJOR, 0.1, Severity.MINOR, 0.02, Severity.INFO, 0.0);
    /** Readiness of a component of at least {@value #MIN_SIZE_LINES} lines without a single test file. */
    static final double UNTESTED_READINESS_CAP = 6.0;

    /** Scores a component; exempt findings are ignored. */
    public ScoredComponent score(ComponentMetrics metrics, List<Finding> allFindings) {
        List<Finding> findings = allFindings.stream().filter(f -> !f.isExempt()).toList();
        List<ScoreDeduction> deductions = new ArrayList<>();
        Map<Category, Double> score = new EnumMap<>(Category.class);
        double developmentMinutes = (double) Math.max(metrics.linesOfCode(), MIN_SIZE_LINES) * MINUTES_PER_LINE;
        for (Category category : DEBT_CATEGORIES) {
            score.put(category, debtScore(category, findings, developmentMinutes, deductions));
        }
        score.put(Category.SECURITY, securityScore(findings, metrics.linesOfCode(), deductions));
        score.put(Category.DOCUMENTATION, documentationScore(metrics, deductions));
        boolean reported = metrics.hasCoverageReport();
        score.put(Category.TESTING, reported ? reportedCoverage(metrics, deductions) : estimatedCoverage(metrics, deductions));

        double readiness = 0;
        for (Map.Entry<Category, Double> w : READINESS_WEIGHTS.entrySet()) {
            double value = score.get(w.getKey());
            readiness += w.getValue() * (w.getKey() == Category.TESTING ? value / 10 : value);
        }
        long blockers = findings.stream().filter(f -> f.severity() == Severity.BLOCKER).count();
        if (blockers > 0 && readiness > BLOCKER_READINESS_CAP) {
            deductions.add(new ScoreDeduction(ScoreDeduction.READINESS, "readiness-cap",
                    blockers + " blocker finding(s) cap readiness at " + BLOCKER_READINESS_CAP,
                    readiness - BLOCKER_READINESS_CAP));
            readiness = BLOCKER_READINESS_CAP;
        }
        if (metrics.testFiles() == 0 && metrics.linesOfCode() >= MIN_SIZE_LINES && readiness > UNTESTED_READINESS_CAP) {
            deductions.add(new ScoreDeduction(ScoreDeduction.READINESS, "untested-cap", "no automated test at all caps "
                    + "readiness at " + UNTESTED_READINESS_CAP, readiness - UNTESTED_READINESS_CAP));
            readiness = UNTESTED_READINESS_CAP;
        }
        Scores scores = new Scores(round(score.get(Category.CODE_QUALITY)), round(score.get(Category.SECURITY)),
                round(score.get(Category.PERFORMANCE)), round(score.get(Category.TESTING)),
                round(score.get(Category.DOCUMENTATION)), round(score.get(Category.ERROR_HANDLING)),
                round(score.get(Category.OBSERVABILITY)), round(score.get(Category.OPERATIONS)), round(readiness));
        return new ScoredComponent(scores, deductions, reported ? CoverageSource.REPORT : CoverageSource.ESTIMATED);
    }

    /** How much a category's score (coverage as percent / 10) weighs in readiness; 0 for categories outside it. */
    public static double readinessWeight(Category category) {
        return READINESS_WEIGHTS.getOrDefault(category, 0.0);
    }

    /** Points one finding costs in its category for a component of the given size. */
    public static double pointsFor(Finding finding, double developmentMinutes) {
        if (finding.line() == 0) {
            return CONTROL_POINTS.get(finding.severity());
        }
        double weightedMinutes = (double) finding.severity().weight() * finding.effortMinutes();
        return 10.0 * (weightedMinutes / developmentMinutes) / ZERO_SCORE_DEBT_RATIO;
    }

    private static double debtScore(Category category, List<Finding> findings, double developmentMinutes,
                                    List<ScoreDeduction> deductions) {
        Map<String, double[]> byRule = new TreeMap<>(); // rule -> {points, count}
        for (Finding f : findings) {
            if (f.category() == category) {
                double[] acc = byRule.computeIfAbsent(f.ruleId(), k -> new double[2]);
                acc[0] += pointsFor(f, developmentMinutes);
                acc[1] += f.count();
            }
        }
        double lost = 0;
        for (Map.Entry<String, double[]> e : byRule.entrySet()) {
            double points = e.getValue()[0];
            if (points > 0) {
                int count = (int) e.getValue()[1];
                deductions.add(ScoreDeduction.of(category, e.getKey(),
                        count + (count == 1 ? " finding" : " findings"), points));
                lost += points;
            }
        }
        return Math.max(0, 10 - lost);
    }

    /**
     * Security from the number and severity of findings rather than their fix time: each weighs by
     * {@link #SECURITY_WEIGHTS}, the sum is softened by the square root of the component's size in
     * thousands of lines (a vulnerability is as exploitable in a large code base as in a small one), and
     * the score falls as 10·e<sup>−sum</sup>. A missing control (line 0) costs its fixed points after
     * that, and a blocker (a live secret) caps security at {@value #BLOCKER_SECURITY_CAP}. Lost points are
     * shared among the rules by their weight.
     */
    private static double securityScore(List<Finding> findings, int linesOfCode, List<ScoreDeduction> deductions) {
        double size = Math.sqrt(Math.max(1.0, linesOfCode / 1000.0));
        Map<String, double[]> byRule = new TreeMap<>(); // rule -> {weight, count, control points}
        for (Finding f : findings) {
            if (f.category() != Category.SECURITY) {
                continue;
            }
            double[] acc = byRule.computeIfAbsent(f.ruleId(), k -> new double[3]);
            if (f.line() == 0) {
                acc[2] += CONTROL_POINTS.get(f.severity());
            } else {
                acc[0] += SECURITY_WEIGHTS.get(f.severity()) * f.count() / size; // every occurrence counts
            }
            acc[1] += f.count();
        }
        double weight = byRule.values().stream().mapToDouble(a -> a[0]).sum();
        double lostToFindings = 10 - 10 * Math.exp(-weight);
        double lost = 0;
        for (Map.Entry<String, double[]> e : byRule.entrySet()) {
            double points = (weight > 0 ? lostToFindings * e.getValue()[0] / weight : 0) + e.getValue()[2];
            if (points > 0) {
                int count = (int) e.getValue()[1];
                deductions.add(ScoreDeduction.of(Category.SECURITY, e.getKey(),
                        count + (count == 1 ? " finding" : " findings"), points));
                lost += points;
            }
        }
        double score = Math.max(0, 10 - lost);
        long blockers = findings.stream().filter(f -> f.category() == Category.SECURITY
                && f.severity() == Severity.BLOCKER).count();
        if (blockers > 0 && score > BLOCKER_SECURITY_CAP) {
            deductions.add(ScoreDeduction.of(Category.SECURITY, "security-cap", blockers
                    + " blocker finding(s) (a live secret) cap security at " + BLOCKER_SECURITY_CAP, score - BLOCKER_SECURITY_CAP));
            score = BLOCKER_SECURITY_CAP;
        }
        return score;
    }

    private static double documentationScore(ComponentMetrics m, List<ScoreDeduction> deductions) {
        double apiPoints = API_DOC_SHARE * m.docCoverage();
        if (apiPoints < API_DOC_SHARE) {
            deductions.add(ScoreDeduction.of(Category.DOCUMENTATION, "docCoverage",
                    (m.publicApi() - m.documentedPublicApi()) + " of " + m.publicApi()
                            + " public functions, types and packages undocumented", API_DOC_SHARE - apiPoints));
        }
        double readmePoints = m.hasReadme() ? README_SHARE : 0;
        if (!m.hasReadme()) {
            deductions.add(ScoreDeduction.of(Category.DOCUMENTATION, "readme", "no README in the component",
                    README_SHARE));
        }
        return apiPoints + readmePoints;
    }

    /** Line coverage from reports: the share of coverable lines that tests executed. */
    private static double reportedCoverage(ComponentMetrics m, List<ScoreDeduction> deductions) {
        double percent = 100.0 * m.coveredLines() / m.coverableLines();
        if (percent < 100) {
            deductions.add(ScoreDeduction.of(Category.TESTING, "coverageReport", (m.coverableLines() - m.coveredLines())
                    + " of " + m.coverableLines() + " lines not executed by tests (coverage report)", 100 - percent));
        }
        return percent;
    }

    /**
     * Coverage estimate: the share of production function lines that tests reach by name; without
     * functions, the share of production files that tests refer to.
     */
    private static double estimatedCoverage(ComponentMetrics m, List<ScoreDeduction> deductions) {
        if (m.sourceFiles() == 0) {
            return 100;
        }
        if (m.functionLines() > 0) {
            int reached = Math.min(m.reachedFunctionLines(), m.functionLines());
            double percent = 100.0 * reached / m.functionLines();
            if (percent < 100) {
                deductions.add(ScoreDeduction.of(Category.TESTING, "reachedFunctionLines",
                        (m.functionLines() - reached) + " of " + m.functionLines()
                                + " lines are in functions no test calls (estimate)", 100 - percent));
            }
            return percent;
        }
        double percent = 100.0 * Math.min(m.testedSourceFiles(), m.sourceFiles()) / m.sourceFiles();
        if (percent < 100) {
            deductions.add(ScoreDeduction.of(Category.TESTING, "testedSourceFiles",
                    (m.sourceFiles() - m.testedSourceFiles()) + " of " + m.sourceFiles()
                            + " source files are named by no test (estimate)", 100 - percent));
        }
        return percent;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static Map<Category, Double> weights() {
        Map<Category, Double> w = new EnumMap<>(Category.class);
        w.put(Category.CODE_QUALITY, 0.20);
        w.put(Category.SECURITY, 0.20);
        w.put(Category.PERFORMANCE, 0.10);
        w.put(Category.TESTING, 0.15);
        w.put(Category.DOCUMENTATION, 0.10);
        w.put(Category.ERROR_HANDLING, 0.10);
        w.put(Category.OBSERVABILITY, 0.10);
        w.put(Category.OPERATIONS, 0.05);
        return Map.copyOf(w);
    }
}
