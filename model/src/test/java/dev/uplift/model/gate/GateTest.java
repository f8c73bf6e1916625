package dev.uplift.model.gate;

import dev.uplift.model.Assessment;
import dev.uplift.model.Exemption;
import dev.uplift.model.ProductionStandards;
import dev.uplift.model.Thresholds;
import dev.uplift.model.Tier;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static dev.uplift.model.AssessmentFixtures.SECRET;
import static dev.uplift.model.AssessmentFixtures.assessment;
import static dev.uplift.model.AssessmentFixtures.component;
import static dev.uplift.model.AssessmentFixtures.finding;
import static org.assertj.core.api.Assertions.assertThat;

class GateTest {
    private static ProductionStandards lenient(Map<Tier, Map<String, Double>> tiers) {
        return new ProductionStandards("lenient", new Thresholds(0, 0, 0, 50, 0), tiers,
                ProductionStandards.defaults().requiredControls(), Map.of(), List.of());
    }

    @Test
    void aCleanComponentPasses() {
        Assessment a = assessment(component("svc", Tier.P2, "java", 10, List.of()));
        assertThat(Gate.evaluate(a, ProductionStandards.defaults())).isEmpty();
    }

    @Test
    void listsEveryThresholdAndControlThatFallsShort() {
        Assessment a = assessment(component("auth", Tier.P1, "java", 3, List.of(),
                finding(SECRET, "auth/T.java", 4)));
        List<Shortfall> shortfalls = Gate.evaluate(a, ProductionStandards.defaults());
        assertThat(shortfalls).extracting(Shortfall::detail).containsExactlyInAnyOrder(
                "security 4.7, needs 9.0", "tests & coverage 30 %, needs 90 %",
                "missing control: No credentials in source code (1 × SEC-HARDCODED-CREDENTIAL)");
    }

    @Test
    void aTierOverrideReplacesTheDefaultThreshold() {
        Assessment a = assessment(component("labs", Tier.P4, "python", 3, List.of()));
        assertThat(Gate.evaluate(a, lenient(Map.of()))).hasSize(1);
        assertThat(Gate.evaluate(a, lenient(Map.of(Tier.P4, Map.of("testCoverage", 30.0))))).isEmpty();
    }

    @Test
    void exemptFindingsFailNoGate() {
        ProductionStandards standard = ProductionStandards.defaults();
        ProductionStandards withExemption = new ProductionStandards("x", standard.thresholds(), Map.of(),
                standard.requiredControls(), Map.of(), List.of(new Exemption(SECRET.id(), "auth", null, null,
                "test key only", "sec-team", LocalDate.of(2099, 1, 1))));
        var judged = withExemption.apply(finding(SECRET, "auth/T.java", 4), "auth", LocalDate.of(2026, 1, 1));
        assertThat(judged.isExempt()).isTrue();
        Assessment a = assessment(component("auth", Tier.P1, "java", 10, List.of(), judged));
        assertThat(Gate.evaluate(a, withExemption)).isEmpty();
    }

    @Test
    void anExemptionLapsesAfterItsExpiry() {
        Exemption e = new Exemption(SECRET.id(), null, null, null, "until rotation", null, LocalDate.of(2026, 1, 31));
        assertThat(e.matches(finding(SECRET, "a", 1), "x", LocalDate.of(2026, 1, 31))).isTrue();
        assertThat(e.matches(finding(SECRET, "a", 1), "x", LocalDate.of(2026, 2, 1))).isFalse();
    }
}
