package dev.uplift.model.scoring;

import dev.uplift.model.Category;
import dev.uplift.model.ComponentMetrics;
import dev.uplift.model.CoverageSource;
import dev.uplift.model.Finding;
import dev.uplift.model.ScoreDeduction;
import dev.uplift.model.Scores;
import dev.uplift.model.Severity;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ScoringModelTest {
    private static final Category[] CATEGORIES = {Category.CODE_QUALITY, Category.SECURITY, Category.PERFORMANCE,
            Category.ERROR_HANDLING, Category.OBSERVABILITY, Category.OPERATIONS};
    private final ScoringModel model = new ScoringModel();
    private final Random random = new Random(42);

    static ComponentMetrics metrics(int loc) {
        return new ComponentMetrics(loc, Map.of("java", loc), 10, 5, loc / 2, 40, 20, 20, 0, 10, true, 0, 0);
    }

    static Finding finding(Category category, Severity severity, int minutes, int line) {
        return new Finding("R-" + category.id() + "-" + severity, category, severity, "a/B.java", line, "m", null,
                minutes, null, null);
    }

    @Test
    void cleanComponentScoresTenEverywhere() {
        Scores s = model.score(metrics(1000), List.of()).scores();
        for (Category c : CATEGORIES) {
            assertThat(s.of(c)).as(c.title()).isEqualTo(10.0);
        }
        assertThat(s.documentation()).isEqualTo(10.0);
        assertThat(s.testCoverage()).isEqualTo(100.0);
        assertThat(s.readiness()).isEqualTo(10.0);
    }

    @Test
    void debtRatioOfFivePercentScoresNine() {
        // 1,000 lines = 30,000 minutes to write; 5 % of that is 1,500 weighted minutes
        Finding minor = finding(Category.CODE_QUALITY, Severity.MINOR, 1500, 3);
        assertThat(model.score(metrics(1000), List.of(minor)).scores().codeQuality()).isEqualTo(9.0);
    }

    @Test
    void missingControlCostsFixedPointsWhateverTheSize() {
        Finding control = finding(Category.OBSERVABILITY, Severity.MAJOR, 120, 0);
        assertThat(model.score(metrics(200), List.of(control)).scores().observability()).isEqualTo(7.5);
        assertThat(model.score(metrics(20_000), List.of(control)).scores().observability()).isEqualTo(7.5);
    }

    @Test
    void securityCountsVulnerabilitiesSoftenedOnlyByTheRootOfTheSize() {
        Finding critical = finding(Category.SECURITY, Severity.CRITICAL, 1, 5);
        assertThat(model.score(metrics(1000), List.of(critical)).scores().security()).isEqualTo(4.7);
        assertThat(model.score(metrics(30_000), List.of(critical)).scores().security()).isEqualTo(8.7);
        List<Finding> ten = java.util.Collections.nCopies(10, critical);
        assertThat(model.score(metrics(10_000), ten).scores().security()).isEqualTo(0.9);
        Finding review = finding(Category.SECURITY, Severity.MAJOR, 60, 5);
        assertThat(model.score(metrics(33_000), List.of(review, review)).scores().security())
                .as("two points to review in a large library").isGreaterThanOrEqualTo(9.5);
    }

    @Test
    void manyInjectableEndpointsScoreFarBelowALibraryWithReviewPoints() {
        Finding critical = finding(Category.SECURITY, Severity.CRITICAL, 60, 5);
        Finding review = finding(Category.SECURITY, Severity.MAJOR, 60, 5);
        double app = model.score(metrics(2000), java.util.Collections.nCopies(8, critical)).scores().security();
        double library = model.score(metrics(30_000), java.util.Collections.nCopies(10, review)).scores().security();
        assertThat(library - app).isGreaterThanOrEqualTo(5);
    }

    @Test
    void aLiveSecretTakesSecurityNearZero() {
        Finding blocker = finding(Category.SECURITY, Severity.BLOCKER, 60, 5);
        ScoredComponent scored = model.score(metrics(100_000), List.of(blocker));
        assertThat(scored.scores().security()).isLessThanOrEqualTo(1.0);
        assertThat(scored.deductions()).anyMatch(d -> d.source().equals("security-cap"));
    }

    @Test
    void aComponentWithoutAnyTestIsCappedAtSix() {
        ComponentMetrics untested = new ComponentMetrics(1000, Map.of("java", 1000), 10, 0, 0, 40, 20, 20, 0, 0, true, 0, 0);
        ScoredComponent scored = model.score(untested, List.of());
        assertThat(scored.scores().readiness()).isEqualTo(6.0);
        assertThat(scored.deductions()).anyMatch(d -> d.source().equals("untested-cap"));
    }

    @Test
    void blockerCapsReadiness() {
        Finding blocker = finding(Category.OPERATIONS, Severity.BLOCKER, 1, 1);
        assertThat(model.score(metrics(100_000), List.of(blocker)).scores().readiness()).isEqualTo(4.0);
    }

    @Test
    void everyLostPointIsExplained() {
        List<Finding> findings = randomFindings(30);
        ScoredComponent scored = model.score(metrics(800), findings);
        for (Category c : CATEGORIES) {
            double explained = scored.deductions().stream().filter(d -> d.isFor(c))
                    .mapToDouble(ScoreDeduction::points).sum();
            double lost = 10 - scored.scores().of(c);
            // deductions may exceed 10 when a score bottoms out at 0; otherwise they match to rounding
            if (scored.scores().of(c) > 0) {
                assertThat(explained).as(c.title()).isCloseTo(lost, within(0.051));
            } else {
                assertThat(explained).as(c.title()).isGreaterThanOrEqualTo(10);
            }
        }
    }

    @RepeatedTest(25)
    void removingAFindingNeverLowersAScore() {
        List<Finding> findings = randomFindings(1 + random.nextInt(20));
        int loc = 300 + random.nextInt(3000);
        Scores before = model.score(metrics(loc), findings).scores();
        for (int i = 0; i < findings.size(); i++) {
            List<Finding> fewer = new ArrayList<>(findings);
            fewer.remove(i);
            Scores after = model.score(metrics(loc), fewer).scores();
            for (Category c : Category.values()) {
                assertThat(after.of(c)).as(c.title()).isGreaterThanOrEqualTo(before.of(c));
            }
            assertThat(after.readiness()).isGreaterThanOrEqualTo(before.readiness());
        }
    }

    @RepeatedTest(10)
    void doublingAComponentWithTheSameDefectDensityKeepsItsScores() {
        int loc = 200 + random.nextInt(5000);
        List<Finding> findings = randomLineFindings(1 + random.nextInt(15));
        List<Finding> doubled = new ArrayList<>(findings);
        doubled.addAll(findings);
        Scores single = model.score(metrics(loc), findings).scores();
        Scores twice = model.score(metrics(loc * 2), doubled).scores();
        for (Category c : CATEGORIES) {
            if (c != Category.SECURITY) { // security counts vulnerabilities: see the tests above
                assertThat(twice.of(c)).as(c.title()).isEqualTo(single.of(c));
            }
        }
    }

    @Test
    void anExemptFindingCostsNothing() {
        Finding critical = finding(Category.SECURITY, Severity.CRITICAL, 60, 5);
        Finding exempt = new Finding(critical.ruleId(), critical.category(), critical.severity(), critical.file(),
                critical.line(), critical.message(), null, critical.effortMinutes(), null, "accepted risk");
        assertThat(model.score(metrics(500), List.of(exempt)).scores().security()).isEqualTo(10.0);
    }

    @Test
    void documentationCountsApiDocsAndReadme() {
        ComponentMetrics m = new ComponentMetrics(500, Map.of(), 5, 1, 10, 10, 10, 5, 0, 1, false, 0, 0);
        ScoredComponent scored = model.score(m, List.of());
        assertThat(scored.scores().documentation()).isEqualTo(3.5); // 7 × 50 % + no README
        assertThat(scored.deductions()).extracting(ScoreDeduction::source).contains("docCoverage", "readme");
    }

    @Test
    void withoutFunctionsTheCoverageEstimateIsTheShareOfSourceFilesThatTestsName() {
        ComponentMetrics m = new ComponentMetrics(500, Map.of(), 8, 2, 10, 10, 0, 0, 0, 2, true, 0, 0);
        assertThat(model.score(m, List.of()).scores().testCoverage()).isEqualTo(25.0);
    }

    @Test
    void theCoverageEstimateIsTheShareOfFunctionLinesTestsReach() {
        ComponentMetrics m = new ComponentMetrics(500, Map.of(), 8, 2, 10, 10, 0, 0, 0, 2, true, 0, 0, 400, 100);
        ScoredComponent scored = model.score(m, List.of());
        assertThat(scored.scores().testCoverage()).isEqualTo(25.0);
        assertThat(scored.coverageSource()).isEqualTo(CoverageSource.ESTIMATED);
        assertThat(scored.deductions()).extracting(ScoreDeduction::source).containsExactly("reachedFunctionLines");
    }

    @Test
    void aCoverageReportWinsOverTheEstimate() {
        ComponentMetrics m = new ComponentMetrics(500, Map.of(), 8, 2, 10, 10, 0, 0, 0, 2, true, 90, 100, 400, 0);
        ScoredComponent scored = model.score(m, List.of());
        assertThat(scored.scores().testCoverage()).isEqualTo(90.0);
        assertThat(scored.coverageSource()).isEqualTo(CoverageSource.REPORT);
    }

    private List<Finding> randomFindings(int n) {
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(finding(CATEGORIES[random.nextInt(CATEGORIES.length)],
                    Severity.values()[random.nextInt(Severity.values().length)], 5 + random.nextInt(240),
                    random.nextInt(5)));
        }
        return out;
    }

    private List<Finding> randomLineFindings(int n) {
        return randomFindings(n).stream().map(f -> f.line() == 0 ? new Finding(f.ruleId(), f.category(), f.severity(),
                f.file(), 1, f.message(), null, f.effortMinutes(), null, null) : f).toList();
    }
}
