package dev.uplift.views.overview;

import dev.uplift.model.Assessment;
import dev.uplift.model.Category;
import dev.uplift.model.ProductionStandards;
import dev.uplift.model.Severity;
import dev.uplift.model.Tier;
import dev.uplift.views.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OverviewViewModelTest {
    private final OverviewViewModel viewModel = new OverviewViewModel(ProductionStandards.defaults());

    @Test
    void categoryFiguresAreWeightedByLinesOfCode() {
        Assessment a = Fixtures.assessment("a",
                Fixtures.component("big", Tier.P1, 900, 8, 10, List.of()),
                Fixtures.component("small", Tier.P3, 100, 6, 0, List.of()));
        viewModel.show(a);
        CategoryKpi security = viewModel.kpis().stream().filter(k -> k.category() == Category.SECURITY).findFirst()
                .orElseThrow();
        assertThat(security.value()).isEqualTo(9.0);
        assertThat(security.target()).isEqualTo(9.0);
        assertThat(security.meetsTarget()).isTrue();
        assertThat(viewModel.linesOfCode()).isEqualTo(1000);
        assertThat(viewModel.count(Tier.P1)).isEqualTo(1);
        assertThat(viewModel.count(Tier.P2)).isZero();
    }

    @Test
    void countsFindingsBySeverity() {
        viewModel.show(Fixtures.assessment("a", Fixtures.component("c", Tier.P2, 10, 5, 5,
                List.of(Fixtures.finding(Severity.CRITICAL), Fixtures.finding(Severity.MINOR),
                        Fixtures.finding(Severity.MINOR)))));
        assertThat(viewModel.count(Severity.CRITICAL)).isEqualTo(1);
        assertThat(viewModel.count(Severity.MINOR)).isEqualTo(2);
        assertThat(viewModel.count(Severity.BLOCKER)).isZero();
    }

    @Test
    void showingNothingClearsTheFigures() {
        viewModel.show(Fixtures.assessment("a", Fixtures.component("c", Tier.P2, 10, 5, 5, List.of())));
        viewModel.show(null);
        assertThat(viewModel.kpis()).isEmpty();
        assertThat(viewModel.assessmentProperty().get()).isNull();
    }
}
