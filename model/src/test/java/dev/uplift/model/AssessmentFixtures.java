package dev.uplift.model;

import dev.uplift.model.scoring.ScoredComponent;
import dev.uplift.model.scoring.ScoringModel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Small assessments scored by the real scoring model, for plan and gate tests. */
public final class AssessmentFixtures {
    public static final Rule STUB = new Rule("STUB-FUNCTION", "Stub functions", Category.CODE_QUALITY, Severity.MAJOR,
            60, null, "d", "f");
    public static final Rule SECRET = new Rule("SEC-HARDCODED-CREDENTIAL", "Hard-coded credentials", Category.SECURITY,
            Severity.CRITICAL, 60, 798, "d", "f");
    public static final Rule HEALTH = new Rule("OBS-NO-HEALTH-CHECK", "No health endpoint", Category.OBSERVABILITY,
            Severity.MAJOR, 120, null, "d", "f");
    public static final Rule SIMULATED = new Rule("STUB-SIMULATED", "Simulated implementations", Category.CODE_QUALITY,
            Severity.MAJOR, 480, null, "d", "f");
    public static final Rule ENV_FILE = new Rule("SEC-ENV-FILE", "Live secrets in committed .env files",
            Category.SECURITY, Severity.BLOCKER, 60, 798, "d", "f");
    public static final Rule PRINT = new Rule("ERR-PRINT-LOGGING", "Console output instead of logging",
            Category.ERROR_HANDLING, Severity.MINOR, 10, 778, "d", "f");
    public static final Map<String, Rule> RULES = Map.of(STUB.id(), STUB, SECRET.id(), SECRET, HEALTH.id(), HEALTH,
            SIMULATED.id(), SIMULATED, ENV_FILE.id(), ENV_FILE, PRINT.id(), PRINT);

    private AssessmentFixtures() {
    }

    /** A component with the given tier, language, coverage (tested files of 10) and findings. */
    public static ComponentAssessment component(String id, Tier tier, String language, int testedFiles,
                                                List<String> dependsOn, Finding... findings) {
        Component c = new Component(id, id, id, ComponentKind.FOLDER, List.of(language), tier, "test", dependsOn);
        ComponentMetrics m = new ComponentMetrics(1000, Map.of(language, 1000), 10, testedFiles > 0 ? 2 : 0, 100, 50,
                10, 10, 0, testedFiles, true, 0, 0);
        ScoredComponent scored = new ScoringModel().score(m, Arrays.asList(findings));
        return new ComponentAssessment(c, m, scored.scores(), scored.deductions(), scored.coverageSource(),
                new ArrayList<>(Arrays.asList(findings)));
    }

    public static Finding finding(Rule rule, String file, int line) {
        return Finding.of(rule, file, line, "m", null);
    }

    public static Assessment assessment(ComponentAssessment... components) {
        return new Assessment("a-" + System.nanoTime(), "/repo", Instant.parse("2026-11-02T10:00:00Z"), null,
                "default", List.of(components), List.of(), java.util.List.of());
    }
}
