package dev.uplift.analysis.engine;

import dev.uplift.model.ProductionStandards;
import dev.uplift.model.Component;
import dev.uplift.model.ComponentAssessment;
import dev.uplift.model.Finding;
import dev.uplift.model.Tier;
import dev.uplift.model.service.CancelledException;
import dev.uplift.model.service.ProgressListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The whole pipeline on the bundled sample repository. */
class AssessmentEngineTest {
    static final Path SAMPLE = Path.of("..", "resources", "sample-order-platform").toAbsolutePath().normalize();
    private static EngineResult result;

    @BeforeAll
    static void assessTheSample() throws Exception {
        result = new AssessmentEngine(AnalysisCache.NONE, 2).run(SAMPLE, RunSettings.of(ProductionStandards.defaults()), ProgressListener.NONE, () -> false);
    }

    private static Map<String, ComponentAssessment> byId() {
        return result.components().stream().collect(Collectors.toMap(c -> c.component().id(), Function.identity()));
    }

    @Test
    void findsTheSampleComponentsWithTheirTiersAndDependencies() {
        Map<String, ComponentAssessment> c = byId();
        assertThat(c).containsOnlyKeys("gateway", "auth", "persistence", "orders", "payments", "worker", "dashboard",
                "analytics", "platform");
        assertThat(c.get("platform").component().tier()).isEqualTo(Tier.P1); // docker-compose.yml at the root
        assertThat(c.get("gateway").component().tier()).isEqualTo(Tier.P1);
        assertThat(c.get("orders").component().tier()).isEqualTo(Tier.P2);
        assertThat(c.get("dashboard").component().tier()).isEqualTo(Tier.P3);
        assertThat(c.get("analytics").component().tier()).isEqualTo(Tier.P4);
        assertThat(c.get("orders").component().dependsOn()).containsExactly("auth", "persistence");
        assertThat(c.get("worker").component().languages()).containsExactly("python");
    }

    @Test
    void countsSimulatedFunctionsAsStubsOfTheirOwnKind() {
        ComponentAssessment analytics = byId().get("analytics");
        assertThat(analytics.findings()).filteredOn(f -> f.ruleId().equals("STUB-SIMULATED"))
                .extracting(Finding::line).containsExactly(14, 18, 23);
        assertThat(analytics.metrics().simulatedFunctions()).isEqualTo(3);
        assertThat(analytics.metrics().stubFunctions()).isEqualTo(analytics.metrics().emptyStubs()
                + analytics.metrics().notImplementedFunctions() + 3);
        // a payment path that only pretends is critical
        assertThat(byId().get("payments").findings()).filteredOn(f -> f.ruleId().equals("STUB-SIMULATED"))
                .extracting(Finding::severity).containsExactly(dev.uplift.model.Severity.CRITICAL);
    }

    @Test
    void reportsTheDeliberateGapsAndNotTheGoodParts() {
        Map<String, ComponentAssessment> c = byId();
        assertThat(c.get("auth").findings()).extracting(Finding::ruleId, Finding::file).contains(
                org.assertj.core.groups.Tuple.tuple("SEC-HARDCODED-CREDENTIAL",
                        "auth/src/main/java/com/acme/orders/auth/TokenService.java"));
        assertThat(c.get("persistence").findings()).extracting(Finding::ruleId).contains("ERR-EMPTY-CATCH",
                "TEST-NO-TESTS");
        assertThat(c.get("orders").findings()).extracting(Finding::ruleId).contains("OBS-NO-HEALTH-CHECK");
        assertThat(c.get("gateway").findings()).extracting(Finding::ruleId).doesNotContain("OBS-NO-HEALTH-CHECK");
        assertThat(c.get("auth").scores().security()).isLessThan(9.0);
        assertThat(c.get("gateway").scores().security()).isEqualTo(10.0);
        assertThat(c.get("worker").metrics().stubFunctions()).isEqualTo(3);
    }

    @Test
    void aRerunTakesEveryFileFromTheCacheAndGivesTheSameAssessment() throws Exception {
        Map<String, FileAnalysis> store = new ConcurrentHashMap<>(result.newCacheEntries());
        EngineResult again = new AssessmentEngine(key -> Optional.ofNullable(store.get(key)), 2)
                .run(SAMPLE, RunSettings.of(ProductionStandards.defaults()), ProgressListener.NONE, () -> false);
        assertThat(again.cacheHits()).isEqualTo(again.filesAnalyzed()).isPositive();
        assertThat(again.newCacheEntries()).isEmpty();
        assertThat(again.components()).isEqualTo(result.components());
    }

    @Test
    void reportsProgressUpToTheTotal() throws Exception {
        AtomicInteger last = new AtomicInteger();
        new AssessmentEngine(AnalysisCache.NONE, 2).run(SAMPLE, RunSettings.of(ProductionStandards.defaults()), (done, total, item) -> {
            if (total > 0 && done == total) {
                last.set((int) done);
            }
        }, () -> false);
        assertThat(last.get()).isEqualTo(result.filesAnalyzed());
    }

    @Test
    void stopsWhenCancelledDuringAnalysis() {
        AtomicInteger asked = new AtomicInteger();
        assertThatThrownBy(() -> new AssessmentEngine(AnalysisCache.NONE, 2)
                .run(SAMPLE, RunSettings.of(ProductionStandards.defaults()), ProgressListener.NONE, () -> asked.incrementAndGet() > 20))
                .isInstanceOf(CancelledException.class);
    }

    @Test
    void findingsInTestCodeAreListedButCostNoPoints(@org.junit.jupiter.api.io.TempDir Path repo) throws Exception {
        java.nio.file.Files.createDirectories(repo.resolve("svc/src/main/java"));
        java.nio.file.Files.createDirectories(repo.resolve("svc/src/test/java"));
        java.nio.file.Files.writeString(repo.resolve("svc/pom.xml"), "<project><artifactId>svc</artifactId></project>");
        java.nio.file.Files.writeString(repo.resolve("svc/src/main/java/A.java"), "/** A. */\npublic class A {}\n");
        java.nio.file.Files.writeString(repo.resolve("svc/src/test/java/ATest.java"),
                "class ATest {\n  void t() {\n    try { run(); } catch (Exception e) { }\n  }\n}\n");
        EngineResult r = new AssessmentEngine(AnalysisCache.NONE, 1).run(repo, RunSettings.of(ProductionStandards.defaults()), ProgressListener.NONE, () -> false);
        ComponentAssessment svc = r.components().get(0);
        assertThat(svc.findings()).extracting(Finding::ruleId).contains("ERR-EMPTY-CATCH");
        assertThat(svc.scores().errorHandling()).isEqualTo(10.0);
    }

    @Test
    void everyComponentHasAReasonForItsTier() {
        assertThat(result.components()).extracting(ComponentAssessment::component).extracting(Component::tierReason)
                .allSatisfy(reason -> assertThat(reason).isNotBlank());
    }
}
