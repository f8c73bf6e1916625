package dev.uplift.analysis.rules;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeywordMatcherTest {
    private final KeywordMatcher matcher = new KeywordMatcher(List.of(List.of("he", "she"), List.of("hers"),
            List.of("circuitbreaker"), List.of("x")));

    @Test
    void reportsEveryGroupWithAKeywordInTheTextIgnoringCase() {
        assertThat(matcher.scan("USHERS")).isEqualTo(0b011); // "she", "he", "hers" overlap
        assertThat(matcher.scan("new CircuitBreaker()")).isEqualTo(0b100);
        assertThat(matcher.scan("circuit breaker")).isZero();
        assertThat(matcher.scan("naïve text ✓ with x")).isEqualTo(0b1000);
        assertThat(matcher.scan("")).isZero();
    }

    @Test
    void keywordsMustBeAscii() {
        assertThatThrownBy(() -> new KeywordMatcher(List.of(List.of("naïve")))).isInstanceOf(IllegalArgumentException.class);
    }
}
