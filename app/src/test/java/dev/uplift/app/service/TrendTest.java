package dev.uplift.app.service;

import dev.uplift.app.AppContext;
import dev.uplift.app.TestRepositories;
import dev.uplift.app.UpliftHome;
import dev.uplift.model.Assessment;
import dev.uplift.model.Category;
import dev.uplift.model.Finding;
import dev.uplift.model.TrendPoint;
import dev.uplift.model.plan.BurnDownPoint;
import dev.uplift.model.plan.Team;
import dev.uplift.model.service.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The trend read with aggregate queries agrees with the assessments it summarises. */
class TrendTest {
    @TempDir
    Path home;

    @Test
    void eachAssessmentIsAPointWithTheSameFiguresTheAssessmentGives() {
        try (AppContext context = new AppContext(new UpliftHome(home), "trend-test", TestRepositories.SAMPLE)) {
            LocalAssessmentService service = context.assessmentService();
            context.planService().plan(TestRepositories.SAMPLE, Team.defaults(), LocalDate.of(2026, 12, 1));
            service.exempt(new dev.uplift.model.Exemption("SEC-PY-SQL-INJECTION", null, null, null, "test", null, null));
            Assessment second = service.assess(TestRepositories.SAMPLE, ProgressListener.NONE, () -> false);

            List<TrendPoint> trend = service.trend(TestRepositories.SAMPLE);

            assertThat(trend).hasSize(2);
            TrendPoint last = trend.get(1);
            assertThat(last.assessmentId()).isEqualTo(second.id());
            assertThat(last.readiness()).isCloseTo(second.readiness(), within(1e-9));
            for (Category c : List.of(Category.SECURITY, Category.TESTING, Category.OPERATIONS)) {
                assertThat(last.scores().get(c)).as(c.title())
                        .isCloseTo(second.weightedMean(ca -> ca.scores().of(c)), within(1e-9));
                long open = second.components().stream().flatMap(ca -> ca.findings().stream())
                        .filter(f -> f.category() == c && !f.isExempt()).count();
                assertThat(last.openFindings().getOrDefault(c, 0)).as(c.title()).isEqualTo((int) open);
            }
            assertThat(trend.get(0).openFindings().get(Category.SECURITY))
                    .as("the exemption counts from the second assessment on")
                    .isEqualTo(last.openFindings().get(Category.SECURITY) + (int) second.components().stream()
                            .flatMap(ca -> ca.findings().stream()).filter(Finding::isExempt).count());

            List<BurnDownPoint> burnDown = context.planService().burnDown(TestRepositories.SAMPLE);
            assertThat(burnDown).hasSize(2); // the plan, and the one re-validated after the second assessment
            assertThat(burnDown.get(0).openSteps()).isPositive();
        }
    }
}
