package dev.uplift.views.timeline;

import dev.uplift.model.Category;
import dev.uplift.model.Tier;
import dev.uplift.model.plan.Phase;
import dev.uplift.model.plan.Risk;
import dev.uplift.model.plan.StepStatus;
import dev.uplift.model.plan.UpgradePlan;
import dev.uplift.model.plan.UpgradeStep;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineViewModelTest {
    private final List<String> pinned = new ArrayList<>();
    private final TimelineViewModel viewModel = new TimelineViewModel((id, day) -> pinned.add(id + "@" + day));

    private static UpgradeStep step(String id, String phase, int start, int end, Map<String, Integer> demand,
                                    StepStatus status, String... after) {
        return new UpgradeStep(id, "auth", Tier.P1, "Fix " + id, Category.SECURITY, 1, Risk.HIGH, 8, end - start, demand,
                List.of(after), phase, start, end, List.of(), status, null);
    }

    private static UpgradePlan plan() {
        Map<String, Integer> team = new LinkedHashMap<>();
        team.put("backend", 1);
        team.put("qa", 1);
        return new UpgradePlan("p", "/r", "a", Instant.EPOCH, LocalDate.of(2026, 11, 30), team,
                List.of(new Phase("Infrastructure", 0, 3), new Phase("Core services", 3, 5), new Phase("Validation", 5, 5)),
                List.of(step("b", "Infrastructure", 1, 3, Map.of("backend", 1), StepStatus.PLANNED, "a"),
                        step("a", "Infrastructure", 0, 2, Map.of("backend", 1), StepStatus.PLANNED),
                        step("c", "Core services", 3, 5, Map.of("backend", 1, "devops", 1), StepStatus.PLANNED, "b"),
                        step("done", "Core services", 0, 0, Map.of("backend", 1), StepStatus.VERIFIED)),
                List.of("a", "b", "c"), 5, LocalDate.of(2026, 12, 4), Map.of());
    }

    @Test
    void rowsArePhasesWithTheirOpenStepsByStartAndEmptyPhasesAreLeftOut() {
        viewModel.show(plan());
        assertThat(viewModel.rows()).extracting(r -> r.isPhase() ? "# " + r.phase().name() : r.step().id())
                .containsExactly("# Infrastructure", "a", "b", "# Core services", "c");
        assertThat(viewModel.isCritical(viewModel.step("b"))).isTrue();
        assertThat(viewModel.days()).isEqualTo(5);
        assertThat(viewModel.dateOf(5)).isEqualTo(LocalDate.of(2026, 12, 7)); // over the weekend
    }

    @Test
    void loadCountsPeopleEachDayAgainstTheTeamIncludingSkillsItLacks() {
        viewModel.show(plan());
        assertThat(viewModel.skills()).containsExactly("backend", "qa", "devops");
        assertThat(viewModel.demand("backend", 1)).as("a and b overlap").isEqualTo(2);
        assertThat(viewModel.capacity("backend")).isEqualTo(1);
        assertThat(viewModel.demand("qa", 1)).isZero();
        assertThat(viewModel.demand("devops", 4)).isEqualTo(1);
        assertThat(viewModel.capacity("devops")).isZero();
        assertThat(viewModel.demand("backend", 99)).isZero();
    }

    @Test
    void pinningMovesOnlyWhenTheDayChangesAndNeverBeforeTheStart() {
        viewModel.show(plan());
        assertThat(viewModel.pin(viewModel.step("b"), 1)).isFalse();
        assertThat(viewModel.pin(viewModel.step("b"), 4)).isTrue();
        assertThat(viewModel.pin(viewModel.step("c"), -7)).isTrue();
        assertThat(pinned).containsExactly("b@4", "c@0");
    }

    @Test
    void withoutAPlanThereIsNothingToDraw() {
        viewModel.show(null);
        assertThat(viewModel.rows()).isEmpty();
        assertThat(viewModel.skills()).isEmpty();
        assertThat(viewModel.days()).isEqualTo(1);
    }

    @Test
    void theTooltipSaysWhenWhatAndWhatItWaitsFor() {
        viewModel.show(plan());
        assertThat(viewModel.describe(viewModel.step("b"))).contains("Fix b").contains("2026-12-01 to 2026-12-02")
                .contains("after a").contains("on the critical path").contains("Drag it");
    }
}
