package dev.uplift.model.plan;

import dev.uplift.model.Category;
import dev.uplift.model.Tier;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The edits a user makes to steps that change who does them and what they wait for. */
class PlanEditsTest {
    private static UpgradeStep step(String id, String... after) {
        return new UpgradeStep(id, "c", Tier.P1, id, Category.SECURITY, 1, Risk.LOW, 24, 4, Map.of("backend", 1),
                List.of(after), "Infrastructure", 0, 0, List.of(), StepStatus.PLANNED, null);
    }

    @Test
    void moreHandsShortenAStep() {
        Team team = Team.defaults(); // six focus hours a day
        assertThat(PlanBuilder.days(24, Map.of("backend", 1), team)).isEqualTo(4);
        Map<String, Integer> two = new LinkedHashMap<>();
        two.put("backend", 1);
        two.put("qa", 1);
        assertThat(PlanBuilder.days(24, two, team)).isEqualTo(2);
        assertThat(PlanBuilder.days(25, Map.of("backend", 2), team)).isEqualTo(3);
        assertThat(PlanBuilder.days(0, Map.of("backend", 1), team)).isZero();
    }

    @Test
    void aPrerequisiteThatWouldCloseACycleIsLeftOut() {
        // b after a, c after b, and the user asked for a after c: a cycle that cannot be scheduled
        List<UpgradeStep> steps = PlanBuilder.withoutCycles(List.of(step("a", "c"), step("b", "a"), step("c", "b")));
        assertThat(steps.get(0).prerequisites()).as("a's wait for c closes the cycle").isEmpty();
        assertThat(steps.get(1).prerequisites()).containsExactly("a");
        assertThat(steps.get(2).prerequisites()).containsExactly("b");
        List<UpgradeStep> fine = List.of(step("a"), step("b", "a"), step("c", "a", "b"));
        assertThat(PlanBuilder.withoutCycles(fine)).isEqualTo(fine);
    }
}
