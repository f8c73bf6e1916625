package dev.uplift.analysis.components;

import dev.uplift.analysis.rules.Signals;
import dev.uplift.model.Component;
import dev.uplift.model.ComponentKind;
import dev.uplift.model.Tier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TierClassifierTest {
    private final TierClassifier classifier = new TierClassifier();

    private static Component component(String name, String path) {
        return new Component(path, name, path, ComponentKind.FOLDER, List.of(), null, null, List.of());
    }

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource({
            "order-persistence, persistence, P1",
            "api-gateway, services/gateway, P1",
            "authService, auth, P1",
            "metrics-exporter, ops/metrics, P1",
            "recommender, ml/recommender, P4",
            "order-dashboard, dashboard, P3",
            "payments-sdk, sdk/payments, P3",
            "order-service, orders, P2",
            "misc, misc, P2",
    })
    void classifiesByNameAndPath(String name, String path, Tier tier) {
        Component c = classifier.classify(component(name, path), Set.of());
        assertThat(c.tier()).isEqualTo(tier);
        assertThat(c.tierReason()).isNotBlank();
    }

    @Test
    void theNameDecidesBeforeTheFoldersAroundIt() {
        assertThat(classifier.classify(component("orders", "sample-platform/auth-stuff/orders"), Set.of()).tier())
                .isEqualTo(Tier.P2);
        assertThat(classifier.classify(component("payments", "frontend/payments"), Set.of()).tier())
                .isEqualTo(Tier.P2);
        assertThat(classifier.classify(component("x", "frontend/x"), Set.of()).tier()).isEqualTo(Tier.P3);
    }

    @Test
    void reactCodeIsUiEvenWhenTheNameSaysService() {
        Component c = classifier.classify(component("checkout-service", "checkout"), Set.of(Signals.REACT));
        assertThat(c.tier()).isEqualTo(Tier.P3);
        assertThat(c.tierReason()).contains("React");
    }

    @Test
    void machineLearningImportsMakeAnAdvancedFeature() {
        Component c = classifier.classify(component("scoring", "scoring"), Set.of(Signals.MACHINE_LEARNING));
        assertThat(c.tier()).isEqualTo(Tier.P4);
    }

    @Test
    void theReasonNamesTheWordThatDecided() {
        assertThat(classifier.classify(component("auth", "auth"), Set.of()).tierReason()).contains("name contains 'auth'");
    }
}
