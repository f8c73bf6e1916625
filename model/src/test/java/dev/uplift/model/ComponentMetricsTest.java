package dev.uplift.model;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ComponentMetricsTest {
    @Test
    void survivesTheTripThroughNameValuePairs() {
        ComponentMetrics m = new ComponentMetrics(120, Map.of("java", 100, "python", 20), 7, 3, 40, 12, 9, 4, 2, 5, true, 0, 0);
        assertThat(ComponentMetrics.fromMap(m.asMap())).isEqualTo(m);
    }

    @Test
    void ratiosHandleEmptyComponents() {
        assertThat(ComponentMetrics.empty().stubRatio()).isZero();
        assertThat(ComponentMetrics.empty().docCoverage()).isEqualTo(1.0);
    }
}
