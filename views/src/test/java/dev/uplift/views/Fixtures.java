package dev.uplift.views;

import dev.uplift.model.Assessment;
import dev.uplift.model.Category;
import dev.uplift.model.Component;
import dev.uplift.model.ComponentAssessment;
import dev.uplift.model.ComponentKind;
import dev.uplift.model.ComponentMetrics;
import dev.uplift.model.CoverageSource;
import dev.uplift.model.Finding;
import dev.uplift.model.ScoreDeduction;
import dev.uplift.model.Scores;
import dev.uplift.model.Severity;
import dev.uplift.model.Tier;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Small hand-made assessments for view model tests. */
public final class Fixtures {
    private Fixtures() {
    }

    public static ComponentAssessment component(String id, Tier tier, int loc, double readiness, double security,
                                                List<Finding> findings) {
        Component c = new Component(id, id, id, ComponentKind.FOLDER, List.of("java"), tier, "because", List.of());
        ComponentMetrics m = new ComponentMetrics(loc, Map.of("java", loc), 4, 1, 10, 10, 4, 2, 1, 1, true, 0, 0);
        Scores s = new Scores(9, security, 10, 50, 7, 9, 8, 10, readiness);
        return new ComponentAssessment(c, m, s, List.of(ScoreDeduction.of(Category.SECURITY, "SEC-X", "1 finding", 1),
                ScoreDeduction.of(Category.CODE_QUALITY, "QUAL-Y", "2 findings", 3)), CoverageSource.ESTIMATED, findings);
    }

    public static Finding finding(Severity severity) {
        return new Finding("R-1", Category.SECURITY, severity, "a/B.java", 3, "m", null, 10, null, null);
    }

    public static Assessment assessment(String id, ComponentAssessment... components) {
        return new Assessment(id, "/repo", Instant.parse("2026-01-01T00:00:00Z"), null, "default",
                List.of(components), List.of(), java.util.List.of());
    }
}
