package dev.uplift.model.plan;

import dev.uplift.model.Assessment;
import dev.uplift.model.Finding;
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

import static dev.uplift.model.AssessmentFixtures.ENV_FILE;
import static dev.uplift.model.AssessmentFixtures.HEALTH;
import static dev.uplift.model.AssessmentFixtures.PRINT;
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

    private UpgradePlan timeBoxed(Assessment a, int days) {
        return builder.build("p", Instant.EPOCH, new PlanBuilder.Inputs(a, ProductionStandards.defaults(),
                Team.defaults(), RULES, PlanEdits.none(), null, MONDAY, days));
    }

    /** A P4 component with a committed key beside a lot of P1 work for the same people. */
    private static Assessment secretInALowTier() {
        Finding[] stubs = new Finding[40];
        for (int i = 0; i < stubs.length; i++) {
            stubs[i] = finding(STUB, "db/F" + i + ".java", 3);
        }
        return assessment(component("db", Tier.P1, "java", 2, List.of(), stubs),
                component("ml", Tier.P4, "python", 5, List.of(), finding(ENV_FILE, "ml/.env", 1),
                        finding(STUB, "ml/a.py", 2)));
    }

    @Test
    void aCommittedSecretIsABlockerOfTheFirstPhaseWhateverItsTier() {
        Map<String, UpgradeStep> steps = byId(plan(secretInALowTier(), PlanEdits.none(), null));
        UpgradeStep secret = steps.get("ml:sec-env-file");
        assertThat(secret.phase()).isEqualTo("Infrastructure");
        assertThat(secret.startDay()).isZero();
        assertThat(secret.prerequisites()).isEmpty();
        assertThat(secret.title()).startsWith("Rotate and remove the committed secrets in ml");
        assertThat(secret.validation()).extracting(ValidationCriterion::kind).containsExactly(
                ValidationCriterion.NO_FINDINGS, ValidationCriterion.CONFIRMED, ValidationCriterion.CONFIRMED,
                ValidationCriterion.CHECK_PASSES);
        assertThat(steps.get("db:stub-function").prerequisites()).contains("ml:sec-env-file");
    }

    @Test
    void criticalSecurityWorkPrecedesQualityWorkInAComponent() {
        Map<String, UpgradeStep> steps = byId(plan(system(), PlanEdits.none(), null));
        assertThat(steps.get("db:stub-function").prerequisites()).contains("db:sec-hardcoded-credential");
    }

    @Test
    void noStepIsLongerThanTwoWeeksOfOnePerson() {
        Finding[] stubs = new Finding[200];
        for (int i = 0; i < stubs.length; i++) {
            stubs[i] = finding(STUB, "big/m" + (i / 20) + "/F" + i + ".java", 3);
        }
        UpgradePlan plan = plan(assessment(component("big", Tier.P2, "java", 2, List.of(), stubs)), PlanEdits.none(),
                null);
        List<UpgradeStep> parts = plan.steps().stream().filter(s -> "STUB-FUNCTION".equals(s.ruleId())).toList();
        assertThat(parts).hasSizeGreaterThan(1);
        assertThat(parts).allSatisfy(s -> assertThat(s.durationDays()).isLessThanOrEqualTo(10));
        assertThat(parts).extracting(UpgradeStep::id).doesNotHaveDuplicates().allMatch(id -> id.startsWith("big:stub-function@big/m"));
        assertThat(parts.get(0).validation().get(0).kind()).isEqualTo(ValidationCriterion.NO_FINDINGS_IN);
        assertThat(parts.get(0).title()).contains(": big/m0");
    }

    @Test
    void repeatedMechanicalFixesCostLessEach() {
        Finding[] prints = new Finding[100];
        for (int i = 0; i < prints.length; i++) {
            prints[i] = finding(PRINT, "svc/a.py", i + 1);
        }
        UpgradeStep step = byId(plan(assessment(component("svc", Tier.P2, "python", 5, List.of(), prints)),
                PlanEdits.none(), null)).get("svc:err-print-logging");
        double undiscounted = 100 * 10 / 60.0 * 1.5; // a high-risk refactoring at full price
        assertThat(step.effortHours()).isLessThan(undiscounted * 0.6).isGreaterThan(undiscounted * 0.3);
    }

    @Test
    void aTimeBoxSchedulesWhatFitsAndDefersTheRestWithTheReason() {
        UpgradePlan complete = plan(secretInALowTier(), PlanEdits.none(), null);
        UpgradePlan boxed = timeBoxed(secretInALowTier(), 10);
        assertThat(complete.makespanDays()).isGreaterThan(10);
        assertThat(complete.timeBoxDays()).isNull();
        assertThat(complete.deferred()).isEmpty();
        assertThat(boxed.timeBoxDays()).isEqualTo(10);
        assertThat(boxed.makespanDays()).isLessThanOrEqualTo(10);
        assertThat(boxed.steps()).extracting(UpgradeStep::id).contains("ml:sec-env-file", "validate");
        assertThat(boxed.deferred()).isNotEmpty().allSatisfy(d -> assertThat(d.reason()).isNotBlank());
        Set<String> kept = new java.util.HashSet<>();
        boxed.steps().forEach(s -> kept.add(s.id()));
        boxed.deferred().forEach(d -> assertThat(kept).doesNotContain(d.step().id()));
        boxed.steps().forEach(s -> assertThat(kept).containsAll(s.prerequisites()));
        assertThat(boxed.projectedReadiness().overall()).isLessThanOrEqualTo(complete.projectedReadiness().overall())
                .isGreaterThan(secretInALowTier().readiness());
    }
}
