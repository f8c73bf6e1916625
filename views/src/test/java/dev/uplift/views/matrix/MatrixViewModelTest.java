package dev.uplift.views.matrix;

import dev.uplift.model.Assessment;
import dev.uplift.model.Severity;
import dev.uplift.model.Tier;
import dev.uplift.model.plan.PriorityMatrix;
import dev.uplift.model.plan.UpgradePlan;
import dev.uplift.views.Fixtures;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MatrixViewModelTest {
    private final List<String> moved = new ArrayList<>();
    private final MatrixViewModel viewModel = new MatrixViewModel((id, tier, reason) -> moved.add(id + " " + tier + " " + reason));
    private final Assessment assessment = Fixtures.assessment("a",
            Fixtures.component("ui", Tier.P3, 100, 8.0, 9.0, List.of(Fixtures.finding(Severity.MAJOR))),
            Fixtures.component("auth", Tier.P1, 100, 6.0, 5.0, List.of()),
            Fixtures.component("gateway", Tier.P1, 100, 7.5, 9.0, List.of()));

    @Test
    void bubblesComeByTierTheLeastReadyFirst() {
        viewModel.show(assessment);
        assertThat(viewModel.bubbles()).extracting(PriorityMatrix.Bubble::componentId)
                .containsExactly("auth", "gateway", "ui");
        assertThat(viewModel.inTier(Tier.P1)).extracting(PriorityMatrix.Bubble::gap).containsExactly(4.0, 2.5);
        assertThat(viewModel.inTier(Tier.P4)).isEmpty();
        viewModel.show(null);
        assertThat(viewModel.bubbles()).isEmpty();
    }

    @Test
    void aPlanOfAnotherAssessmentDoesNotSizeTheBubbles() {
        viewModel.show(assessment);
        viewModel.showPlan(new UpgradePlan("p", "/r", "older", Instant.EPOCH, LocalDate.of(2026, 1, 5), Map.of(),
                List.of(), List.of(), List.of(), 0, null, Map.of()));
        assertThat(viewModel.bubbles()).extracting(PriorityMatrix.Bubble::effortHours).containsOnly(0.0);
    }

    @Test
    void aMoveNeedsAnotherTierAndAReason() {
        viewModel.show(assessment);
        PriorityMatrix.Bubble ui = viewModel.inTier(Tier.P3).get(0);
        assertThat(viewModel.move(ui, Tier.P3, "same tier")).isFalse();
        assertThat(viewModel.move(ui, Tier.P1, "  ")).isFalse();
        assertThat(moved).isEmpty();
        assertThat(viewModel.move(ui, Tier.P1, " customers see it first ")).isTrue();
        assertThat(moved).containsExactly("ui P1 customers see it first");
    }

    @Test
    void theTooltipGivesTheNumbersAndWhatToDo() {
        viewModel.show(assessment);
        String tip = MatrixViewModel.describe(viewModel.bubbles().get(0));
        assertThat(tip).contains("auth").contains("P1 Critical infrastructure").contains("readiness 6.0 of 10 (gap 4.0)")
                .contains("no open plan steps").contains("drag it to another tier");
    }
}
