package dev.uplift.model.plan;

import dev.uplift.model.Assessment;
import dev.uplift.model.ProductionStandards;
import dev.uplift.model.Tier;
import dev.uplift.model.schedule.Scheduler;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.uplift.model.AssessmentFixtures.HEALTH;
import static dev.uplift.model.AssessmentFixtures.RULES;
import static dev.uplift.model.AssessmentFixtures.SECRET;
import static dev.uplift.model.AssessmentFixtures.SIMULATED;
import static dev.uplift.model.AssessmentFixtures.STUB;
import static dev.uplift.model.AssessmentFixtures.assessment;
import static dev.uplift.model.AssessmentFixtures.component;
import static dev.uplift.model.AssessmentFixtures.finding;
import static org.assertj.core.api.Assertions.assertThat;

class PlanBuilderTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private final PlanBuilder builder = new PlanBuilder(new Scheduler());

    private static Assessment system() {
        return assessment(
                component("db", Tier.P1, "java", 2, List.of(), finding(STUB, "db/A.java", 3),
                        finding(SECRET, "db/A.java", 9)),
                component("orders", Tier.P2, "java", 5, List.of("db"), finding(STUB, "orders/B.java", 4),
                        finding(HEALTH, "orders", 0)),
                component("web", Tier.P3, "typescript", 8, List.of("orders"), finding(STUB, "web/c.ts", 1)));
    }

    private UpgradePlan plan(Assessment a, PlanEdits edits, UpgradePlan previous) {
        return builder.build("p", Instant.EPOCH, new PlanBuilder.Inputs(a, ProductionStandards.defaults(),
                Team.defaults(), RULES, edits, previous, MONDAY));
    }

    private static Map<String, UpgradeStep> byId(UpgradePlan plan) {
        Map<String, UpgradeStep> out = new HashMap<>();
        plan.steps().forEach(s -> out.put(s.id(), s));
        return out;
    }

    @Test
    void everyGapBecomesAStepWithValidationCriteria() {
        Map<String, UpgradeStep> steps = byId(plan(system(), PlanEdits.none(), null));
        assertThat(steps).containsKeys("db:stub-function", "db:sec-hardcoded-credential", "db:coverage",
                "orders:obs-no-health-check", "web:stub-function", "validate");
        assertThat(steps.get("db:sec-hardcoded-credential").validation()).containsExactly(
                ValidationCriterion.noFindings("db", SECRET.id()));
        assertThat(steps.get("web:stub-function").demand()).containsOnlyKeys("frontend");
        assertThat(steps.get("db:coverage").demand()).containsOnlyKeys("qa");
    }

    @Test
    void simulatedImplementationsAreReplacedAsFeaturesWorthDaysOfWork() {
        Assessment a = assessment(component("ml", Tier.P4, "python", 5, List.of(),
                finding(SIMULATED, "ml/score.py", 3), finding(SIMULATED, "ml/train.py", 8)));
        UpgradeStep step = byId(plan(a, PlanEdits.none(), null)).get("ml:stub-simulated");
        assertThat(step.title()).startsWith("Replace simulated implementations in ml (2)");
        assertThat(step.effortHours()).as("a day a function at least").isGreaterThanOrEqualTo(16);
    }

    @Test
    void testsComeBeforeRiskyRefactoring() {
        Map<String, UpgradeStep> steps = byId(plan(system(), PlanEdits.none(), null));
        UpgradeStep refactor = steps.get("db:stub-function");
        assertThat(refactor.risk()).isEqualTo(Risk.HIGH);
        assertThat(refactor.prerequisites()).contains("db:coverage");
        assertThat(refactor.startDay()).isGreaterThanOrEqualTo(steps.get("db:coverage").endDay());
    }

    @Test
    void infrastructureComesFirstForEachSkillAndValidationLast() {
        UpgradePlan plan = plan(system(), PlanEdits.none(), null);
        Map<String, UpgradeStep> steps = byId(plan);
        int lastP1Backend = plan.steps().stream().filter(s -> s.tier() == Tier.P1 && s.demand().containsKey("backend"))
                .mapToInt(UpgradeStep::endDay).max().orElseThrow();
        assertThat(steps.get("orders:stub-function").startDay()).isGreaterThanOrEqualTo(lastP1Backend);
        assertThat(steps.get("web:stub-function").prerequisites()).noneMatch(p -> p.startsWith("db:"));
        UpgradeStep validate = steps.get("validate");
        assertThat(validate.startDay()).isEqualTo(plan.makespanDays() - validate.durationDays());
        assertThat(plan.phases()).extracting(Phase::name).containsExactly("Infrastructure", "Core services",
                "Integration & UI", "Validation");
    }

    @Test
    void theScheduleRespectsCapacityAndPrerequisites() {
        UpgradePlan plan = plan(system(), PlanEdits.none(), null);
        Map<String, UpgradeStep> steps = byId(plan);
        for (UpgradeStep s : plan.steps()) {
            for (String p : s.prerequisites()) {
                assertThat(s.startDay()).as(s.id() + " after " + p).isGreaterThanOrEqualTo(steps.get(p).endDay());
            }
        }
        for (int day = 0; day < plan.makespanDays(); day++) {
            Map<String, Integer> load = new HashMap<>();
            for (UpgradeStep s : plan.steps()) {
                if (s.startDay() <= day && day < s.endDay()) {
                    s.demand().forEach((k, v) -> load.merge(k, v, Integer::sum));
                }
            }
            load.forEach((skill, n) -> assertThat(n).isLessThanOrEqualTo(plan.capacity().get(skill)));
        }
        assertThat(plan.readyBy()).isEqualTo(WorkingDays.plus(MONDAY, plan.makespanDays()));
    }

    @Test
    void editsSurviveReplanning() {
        PlanEdits edits = new PlanEdits(Map.of("web:stub-function", 10), Map.of("db:coverage", 24.0),
                Set.of("orders:obs-no-health-check"));
        Map<String, UpgradeStep> steps = byId(plan(system(), edits, null));
        assertThat(steps.get("web:stub-function").startDay()).isGreaterThanOrEqualTo(10);
        assertThat(steps.get("db:coverage").effortHours()).isEqualTo(24.0);
        assertThat(steps.get("db:coverage").durationDays()).isEqualTo(4);
        assertThat(steps.get("orders:obs-no-health-check").status()).isEqualTo(StepStatus.EXCLUDED);
        assertThat(steps.get("validate").prerequisites()).doesNotContain("orders:obs-no-health-check");
    }

    @Test
    void aFixedGapIsVerifiedAndARecurringOneRegressed() {
        UpgradePlan first = plan(system(), PlanEdits.none(), null);
        Assessment fixed = assessment(
                component("db", Tier.P1, "java", 2, List.of(), finding(STUB, "db/A.java", 3)),
                component("orders", Tier.P2, "java", 5, List.of("db"), finding(STUB, "orders/B.java", 4),
                        finding(HEALTH, "orders", 0)),
                component("web", Tier.P3, "typescript", 8, List.of("orders"), finding(STUB, "web/c.ts", 1)));
        UpgradePlan second = plan(fixed, PlanEdits.none(), first);
        assertThat(byId(second).get("db:sec-hardcoded-credential").status()).isEqualTo(StepStatus.VERIFIED);
        UpgradePlan third = plan(system(), PlanEdits.none(), second);
        assertThat(byId(third).get("db:sec-hardcoded-credential").status()).isEqualTo(StepStatus.REGRESSED);
        assertThat(byId(third).get("db:sec-hardcoded-credential").startDay()).isNotNegative();
    }

    @Test
    void componentsThatDependOnEachOtherDoNotMakeACycle() {
        Assessment a = assessment(
                component("a", Tier.P2, "java", 2, List.of("b"), finding(STUB, "a/A.java", 1)),
                component("b", Tier.P2, "java", 2, List.of("a"), finding(STUB, "b/B.java", 1)));
        assertThat(plan(a, PlanEdits.none(), null).makespanDays()).isPositive();
    }

    @Test
    void nothingToDoIsAnEmptyPlan() {
        UpgradePlan plan = plan(assessment(component("ok", Tier.P2, "java", 10, List.of())), PlanEdits.none(), null);
        assertThat(plan.steps()).isEmpty();
        assertThat(plan.makespanDays()).isZero();
    }

    @Test
    void workingDaysSkipWeekends() {
        assertThat(WorkingDays.plus(LocalDate.of(2026, 11, 27), 1)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(WorkingDays.onOrAfter(LocalDate.of(2026, 11, 28))).isEqualTo(MONDAY);
        assertThat(WorkingDays.plus(MONDAY, 5)).isEqualTo(LocalDate.of(2026, 12, 7));
    }
}
