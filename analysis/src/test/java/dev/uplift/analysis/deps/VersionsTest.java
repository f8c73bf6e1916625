package dev.uplift.analysis.deps;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class VersionsTest {
    @ParameterizedTest(name = "{0}: {1} < {2}")
    @CsvSource({
            "PyPI, 1.9, 1.10", "PyPI, 2.3.0, 2.31.0", "PyPI, 1.0a1, 1.0b1", "PyPI, 1.0b2, 1.0rc1", "PyPI, 1.0rc1, 1.0",
            "PyPI, 1.0.dev0, 1.0a1", "PyPI, 1.0, 1.0.post1", "PyPI, 5.3.1, 5.4", "PyPI, 1!0.1, 2!0.0",
            "Maven, 2.0-beta9, 2.0", "Maven, 2.0-beta9, 2.0-rc1", "Maven, 2.9.9, 2.9.9.1", "Maven, 2.14.1, 2.15.0",
            "Maven, 1.0-SNAPSHOT, 1.0", "Maven, 1.0, 1.0-sp1", "Maven, 42.7.1, 42.7.2",
            "npm, 1.0.0-beta.2, 1.0.0", "npm, 4.17.20, 4.17.21", "npm, 0.28.0, 1.0.0", "npm, v1.2.5, 1.2.6"})
    void ordersAsTheEcosystemDoes(String ecosystem, String lower, String higher) {
        assertThat(Versions.compare(ecosystem, lower, higher)).isNegative();
        assertThat(Versions.compare(ecosystem, higher, lower)).isPositive();
    }

    @ParameterizedTest
    @CsvSource({"PyPI, 1.0, 1.0.0", "Maven, 2.15, 2.15.0", "npm, 1.2.3+build.5, 1.2.3"})
    void equalVersionsCompareEqual(String ecosystem, String a, String b) {
        assertThat(Versions.compare(ecosystem, a, b)).isZero();
    }
}
