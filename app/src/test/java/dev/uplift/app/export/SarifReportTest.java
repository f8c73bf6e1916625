package dev.uplift.app.export;

import dev.uplift.model.Assessment;
import dev.uplift.model.Category;
import dev.uplift.model.Component;
import dev.uplift.model.ComponentAssessment;
import dev.uplift.model.ComponentKind;
import dev.uplift.model.ComponentMetrics;
import dev.uplift.model.CoverageSource;
import dev.uplift.model.Finding;
import dev.uplift.model.Scores;
import dev.uplift.model.Severity;
import dev.uplift.model.Tier;
import dev.uplift.model.TraceStep;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SarifReportTest {

    @Test
    void pathsBecomeRelativeUriReferencesWithOddCharactersEncoded() {
        assertThat(SarifReport.relativeUri("src/main/App.java")).isEqualTo("src/main/App.java");
        assertThat(SarifReport.relativeUri("my docs/a#b?c%.py")).isEqualTo("my%20docs/a%23b%3Fc%25.py");
        assertThat(SarifReport.relativeUri("caf\u00e9/x.py")).isEqualTo("caf%C3%A9/x.py");
    }

    @Test
    void severitiesMapToSarifLevels() {
        assertThat(SarifReport.level(Severity.BLOCKER)).isEqualTo("error");
        assertThat(SarifReport.level(Severity.CRITICAL)).isEqualTo("error");
        assertThat(SarifReport.level(Severity.MAJOR)).isEqualTo("warning");
        assertThat(SarifReport.level(Severity.MINOR)).isEqualTo("note");
        assertThat(SarifReport.level(Severity.INFO)).isEqualTo("note");
    }

    @Test
    void aConfirmedFlowBecomesACodeFlowAndAReviewPointAReviewResult() {
        Finding flow = new Finding("SEC-PY-SQL-INJECTION", Category.SECURITY,
                Severity.CRITICAL, "svc/app.py", 6, "SQL taken from request data", "db.execute(sql)", 60, 89, null,
                List.of(), false, List.of(new TraceStep("svc/app.py", 4, "'term' = …"),
                new TraceStep("svc/app.py", 6, "reaches execute()")));
        Finding review = new Finding("SEC-SQL-INJECTION", Category.SECURITY,
                Severity.MAJOR, "dao/Dao.java", 9, "built from variables", null, 60, 89, null).asReview();
        Component c = new Component("svc", "svc", "svc", ComponentKind.FOLDER,
                List.of("python"), Tier.P2, "t", List.of());
        ComponentAssessment ca = new ComponentAssessment(c,
                new ComponentMetrics(100, Map.of(), 1, 0, 0, 1, 1, 1, 0, 0, false, 0, 0),
                new Scores(10, 5, 10, 0, 10, 10, 10, 10, 6), List.of(),
                CoverageSource.ESTIMATED, List.of(flow, review));
        Assessment a = new Assessment("a", "/repo", Instant.EPOCH, null,
                "default", List.of(ca), List.of(), List.of());
        var results = SarifReport.toTree(a, "1").path("runs").get(0).path("results");
        var steps = results.get(0).path("codeFlows").get(0).path("threadFlows").get(0).path("locations");
        assertThat(steps).hasSize(2);
        assertThat(steps.get(0).path("location").path("physicalLocation").path("region").path("startLine").asInt())
                .isEqualTo(4);
        assertThat(results.get(1).path("kind").asText()).isEqualTo("review");
        assertThat(results.get(1).has("codeFlows")).isFalse();
    }
}
