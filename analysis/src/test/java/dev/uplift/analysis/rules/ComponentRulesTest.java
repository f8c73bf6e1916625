package dev.uplift.analysis.rules;

import dev.uplift.model.Component;
import dev.uplift.model.ComponentKind;
import dev.uplift.model.ComponentMetrics;
import dev.uplift.model.Tier;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ComponentRulesTest {
    private static final Component SERVICE = new Component("svc", "svc", "svc", ComponentKind.MAVEN_MODULE,
            List.of("java"), Tier.P2, "test", List.of());

    private static ComponentFacts facts(int loc, int testFiles, Set<String> signals) {
        ComponentMetrics m = new ComponentMetrics(loc, Map.of("java", loc), 5, testFiles, 0, 10, 0, 0, 0, 0, true, 0, 0);
        return new ComponentFacts(SERVICE, m, signals);
    }

    @Test
    void componentWithoutTestsIsFlaggedOnceItHasCode() {
        assertThat(new NoTestsRule().check(facts(200, 0, Set.of()))).isPresent();
        assertThat(new NoTestsRule().check(facts(200, 3, Set.of()))).isEmpty();
        assertThat(new NoTestsRule().check(facts(0, 0, Set.of()))).isEmpty();
    }

    @Test
    void httpServiceNeedsAHealthEndpoint() {
        assertThat(new HealthCheckRule().check(facts(200, 1, Set.of(Signals.HTTP_SERVER)))).isPresent();
        assertThat(new HealthCheckRule().check(facts(200, 1, Set.of(Signals.HTTP_SERVER, Signals.HEALTH_ENDPOINT))))
                .isEmpty();
        assertThat(new HealthCheckRule().check(facts(200, 1, Set.of()))).isEmpty();
    }

    @Test
    void sizeableServiceNeedsLogging() {
        for (String runs : new String[] {Signals.HTTP_SERVER, Signals.DATABASE, Signals.ENTRY_POINT}) {
            assertThat(new NoLoggingRule().check(facts(NoLoggingRule.MIN_LINES, 1, Set.of(runs)))).isPresent();
            assertThat(new NoLoggingRule().check(facts(500, 1, Set.of(runs, Signals.LOGGING)))).isEmpty();
            assertThat(new NoLoggingRule().check(facts(NoLoggingRule.MIN_LINES - 1, 1, Set.of(runs)))).isEmpty();
        }
    }

    @Test
    void remoteCallsNeedRetriesOrACircuitBreakerSomewhereInTheComponent() {
        MissingControlRule rule = MissingControlRule.NO_RETRY;
        assertThat(rule.check(facts(200, 1, Set.of(Signals.HTTP_CLIENT)))).isPresent();
        assertThat(rule.check(facts(200, 1, Set.of(Signals.HTTP_CLIENT, Signals.RESILIENCE)))).isEmpty();
        assertThat(rule.check(facts(200, 1, Set.of(Signals.HTTP_SERVER)))).isEmpty();
    }

    @Test
    void servicesNeedMetricsAndHttpServicesTracing() {
        assertThat(MissingControlRule.NO_METRICS.check(facts(200, 1, Set.of(Signals.ENTRY_POINT)))).isPresent();
        assertThat(MissingControlRule.NO_METRICS.check(facts(200, 1, Set.of(Signals.HTTP_SERVER, Signals.METRICS))))
                .isEmpty();
        assertThat(MissingControlRule.NO_METRICS.check(facts(200, 1, Set.of()))).isEmpty();
        assertThat(MissingControlRule.NO_TRACING.check(facts(200, 1, Set.of(Signals.HTTP_SERVER)))).isPresent();
        assertThat(MissingControlRule.NO_TRACING.check(facts(200, 1, Set.of(Signals.ENTRY_POINT)))).isEmpty();
        assertThat(MissingControlRule.NO_TRACING.check(facts(200, 1, Set.of(Signals.HTTP_SERVER, Signals.TRACING))))
                .isEmpty();
    }

    @Test
    void httpServicesNeedCorrelationIds() {
        assertThat(MissingControlRule.NO_CORRELATION.check(facts(200, 1, Set.of(Signals.HTTP_SERVER)))).isPresent();
        assertThat(MissingControlRule.NO_CORRELATION.check(facts(200, 1, Set.of(Signals.HTTP_SERVER,
                Signals.CORRELATION)))).isEmpty();
        assertThat(MissingControlRule.NO_CORRELATION.check(facts(200, 1, Set.of(Signals.ENTRY_POINT)))).isEmpty();
    }

    @Test
    void aPureLibraryNeedsNoLogging() {
        assertThat(new NoLoggingRule().check(facts(5000, 1, Set.of()))).isEmpty();
    }

    @Test
    void scriptsAloneDoNotCallForTests() {
        ComponentMetrics scripts = new ComponentMetrics(40, Map.of("shell", 40), 2, 0, 0, 0, 0, 0, 0, 0, true, 0, 0);
        assertThat(new NoTestsRule().check(new ComponentFacts(SERVICE, scripts, Set.of()))).isEmpty();
    }

    @Test
    void controlFindingsPointAtTheComponentNotALine() {
        var finding = new HealthCheckRule().check(facts(200, 1, Set.of(Signals.HTTP_SERVER))).orElseThrow();
        assertThat(finding.line()).isZero();
        assertThat(finding.file()).isEqualTo("svc");
    }
}
