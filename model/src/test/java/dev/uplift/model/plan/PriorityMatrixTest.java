package dev.uplift.model.plan;

import dev.uplift.model.Assessment;
import dev.uplift.model.Category;
import dev.uplift.model.Component;
import dev.uplift.model.ComponentAssessment;
import dev.uplift.model.ComponentKind;
import dev.uplift.model.ComponentMetrics;
import dev.uplift.model.CoverageSource;
import dev.uplift.model.Scores;
import dev.uplift.model.Tier;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PriorityMatrixTest {
    private static ComponentAssessment component(String id, Tier tier, double readiness) {
        return new ComponentAssessment(new Component(id, id, id, ComponentKind.FOLDER, List.of("java"), tier, "why",
                List.of()), ComponentMetrics.empty(), new Scores(8, 8, 8, 80, 8, 8, 8, 8, readiness), List.of(),
                CoverageSource.ESTIMATED, List.of());
    }

    private static UpgradeStep step(String id, String component, double hours, Risk risk, StepStatus status) {
        return new UpgradeStep(id, component, Tier.P1, id, Category.SECURITY, 1, risk, hours, 1, Map.of(), List.of(),
                "phase", 0, 1, List.of(), status, null);
    }

    @Test
    void bubblesSumOpenEffortAndTakeTheWorstOpenRisk() {
        Assessment a = new Assessment("a", "/r", Instant.EPOCH, null, "default",
                List.of(component("auth", Tier.P1, 6.5), component("ui", Tier.P3, 9.5)), List.of(), List.of());
        UpgradePlan plan = new UpgradePlan("p", "/r", "a", Instant.EPOCH, LocalDate.of(2026, 1, 5), Map.of(),
                List.of(), List.of(step("s1", "auth", 8, Risk.MEDIUM, StepStatus.PLANNED),
                step("s2", "auth", 4, Risk.LOW, StepStatus.PLANNED),
                step("s3", "auth", 40, Risk.HIGH, StepStatus.VERIFIED)), List.of(), 2, null, Map.of());

        List<PriorityMatrix.Bubble> bubbles = PriorityMatrix.of(a, plan);

        PriorityMatrix.Bubble auth = bubbles.get(0);
        assertThat(auth.gap()).isEqualTo(3.5);
        assertThat(auth.effortHours()).as("the verified step is done").isEqualTo(12);
        assertThat(auth.risk()).isEqualTo(Risk.MEDIUM);
        assertThat(auth.openSteps()).isEqualTo(2);
        PriorityMatrix.Bubble ui = bubbles.get(1);
        assertThat(ui.effortHours()).isZero();
        assertThat(ui.risk()).isEqualTo(Risk.LOW);
        assertThat(PriorityMatrix.of(a, null)).extracting(PriorityMatrix.Bubble::effortHours).containsOnly(0.0);
    }
}
