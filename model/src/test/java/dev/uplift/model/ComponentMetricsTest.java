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
    void stubsSplitIntoEmptyNotImplementedAndSimulated() {
        ComponentMetrics m = new ComponentMetrics(120, Map.of("python", 120), 7, 3, 40, 20, 9, 4, 6, 5, true, 0, 0,
                300, 120, 1, 3);
        assertThat(ComponentMetrics.fromMap(m.asMap())).isEqualTo(m);
        assertThat(m.emptyStubs()).isEqualTo(2);
        assertThat(m.stubRatio()).isEqualTo(0.3);
    }

    @Test
    void ratiosHandleEmptyComponents() {
        assertThat(ComponentMetrics.empty().stubRatio()).isZero();
        assertThat(ComponentMetrics.empty().docCoverage()).isEqualTo(1.0);
    }
}
