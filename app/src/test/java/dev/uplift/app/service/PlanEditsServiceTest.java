package dev.uplift.app.service;

import dev.uplift.app.AppContext;
import dev.uplift.app.TestRepositories;
import dev.uplift.app.UpliftHome;
import dev.uplift.model.plan.Team;
import dev.uplift.model.plan.UpgradePlan;
import dev.uplift.model.plan.UpgradeStep;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A step made to wait for another, or given to other people: stored, kept by later plans, checked. */
class PlanEditsServiceTest {
    private static final Path SAMPLE = TestRepositories.SAMPLE;
    @TempDir
    Path home;
    private AppContext context;
    private LocalPlanService plans;
    private UpgradePlan first;

    @BeforeEach
    void plan() {
        context = new AppContext(new UpliftHome(home), "edits-test", SAMPLE);
        plans = context.planService();
        first = plans.plan(SAMPLE, Team.defaults(), LocalDate.of(2026, 12, 1));
    }

    @AfterEach
    void close() {
        context.close();
    }

    private static UpgradeStep step(UpgradePlan plan, String id) {
        return plan.steps().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aStepMadeToWaitStartsAfterTheOtherAndTheOtherWayRoundIsACycle() {
        UpgradeStep early = first.steps().stream().filter(UpgradeStep::isOpen)
                .min(Comparator.comparingInt(UpgradeStep::startDay)).orElseThrow();
        UpgradeStep late = first.steps().stream().filter(UpgradeStep::isOpen)
                .filter(s -> !first.waitsOn(s.id(), early.id()))
                .max(Comparator.comparingInt(UpgradeStep::endDay)).orElseThrow();

        UpgradePlan after = plans.waitFor(SAMPLE, early.id(), late.id());

        assertThat(step(after, early.id()).prerequisites()).contains(late.id());
        assertThat(step(after, early.id()).startDay()).isGreaterThanOrEqualTo(step(after, late.id()).endDay());
        assertThat(step(plans.replan(SAMPLE), early.id()).prerequisites()).as("kept by later plans").contains(late.id());
        assertThatThrownBy(() -> plans.waitFor(SAMPLE, late.id(), early.id()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cycle");
        assertThatThrownBy(() -> plans.waitFor(SAMPLE, early.id(), "no-such-step"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void moreHandsOnAStepShortenItAndALaterEstimateKeepsThem() {
        UpgradeStep big = first.steps().stream().filter(UpgradeStep::isOpen)
                .filter(s -> s.demand().containsKey("backend"))
                .max(Comparator.comparingDouble(UpgradeStep::effortHours)).orElseThrow();

        UpgradePlan two = plans.assign(SAMPLE, big.id(), Map.of("backend", 2));
        assertThat(step(two, big.id()).demand()).isEqualTo(Map.of("backend", 2));
        assertThat(step(two, big.id()).durationDays()).isLessThanOrEqualTo(big.durationDays());

        UpgradePlan estimated = plans.estimate(SAMPLE, big.id(), 30);
        assertThat(step(estimated, big.id()).demand()).as("the estimate keeps who does it").isEqualTo(Map.of("backend", 2));
        assertThat(step(estimated, big.id()).durationDays()).isEqualTo(3); // 30 hours, two people at six a day

        assertThatThrownBy(() -> plans.assign(SAMPLE, big.id(), Map.of("backend", 5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("the team has 2 backends");
    }
}
