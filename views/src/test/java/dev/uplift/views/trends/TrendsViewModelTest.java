package dev.uplift.views.trends;

import dev.uplift.model.Category;
import dev.uplift.model.TrendPoint;
import dev.uplift.views.NoPlans;
import dev.uplift.views.common.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TrendsViewModelTest {
    private final TrendsViewModel viewModel = new TrendsViewModel(null, new NoPlans(), new CurrentThreadTaskExecutor());

    private static TrendPoint point(String id, double readiness) {
        return new TrendPoint(id, Instant.EPOCH, readiness, Map.of(Category.SECURITY, 7.0), Map.of(Category.SECURITY, 2));
    }

    @Test
    void theSummarySaysHowMuchHistoryThereIsAndWhereReadinessWent() {
        assertThat(viewModel.summary()).isEqualTo("No assessment yet.");
        viewModel.points().setAll(point("a", 6.9));
        assertThat(viewModel.summary()).startsWith("One assessment so far");
        viewModel.points().setAll(point("a", 6.9), point("b", 7.4));
        assertThat(viewModel.summary()).isEqualTo("2 assessments; readiness 6.9 → 7.4 (+0.5). 0 plan versions.");
    }

    @Test
    void nothingShownWithoutARepository() {
        viewModel.points().setAll(point("a", 6.9));
        viewModel.load(null);
        assertThat(viewModel.points()).isEmpty();
        assertThat(viewModel.burnDown()).isEmpty();
    }
}
