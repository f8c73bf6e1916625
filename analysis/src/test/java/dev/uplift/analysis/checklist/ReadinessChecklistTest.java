package dev.uplift.analysis.checklist;

import dev.uplift.analysis.engine.AnalysisCache;
import dev.uplift.analysis.engine.AssessmentEngine;
import dev.uplift.analysis.engine.EngineResult;
import dev.uplift.analysis.engine.RunSettings;
import dev.uplift.model.Category;
import dev.uplift.model.ComponentAssessment;
import dev.uplift.model.Finding;
import dev.uplift.model.ProductionStandards;
import dev.uplift.model.checklist.CheckResult;
import dev.uplift.model.checklist.CheckState;
import dev.uplift.model.service.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class ReadinessChecklistTest {

    private static EngineResult assess(Path repo) throws Exception {
        return new AssessmentEngine(AnalysisCache.NONE, 1).run(repo, RunSettings.of(ProductionStandards.defaults()),
                ProgressListener.NONE, () -> false);
    }

    private static Map<String, CheckState> checklist(Path repo) throws Exception {
        return states(assess(repo).checklist());
    }

    private static Map<String, CheckState> states(List<CheckResult> items) {
        return items.stream().collect(Collectors.toMap(CheckResult::id, CheckResult::state));
    }

    private static ComponentAssessment component(EngineResult result, String name) {
        return result.components().stream().filter(c -> c.component().name().equals(name)).findFirst().orElseThrow();
    }

    private static void write(Path repo, String path, String text) throws Exception {
        Path p = repo.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    @Test
    void aWellPreparedServicePassesWhatCodeCanShow(@TempDir Path repo) throws Exception {
        write(repo, "README.md", "# svc");
        write(repo, ".github/workflows/ci.yml", "jobs:\n  test:\n    steps:\n      - run: ./mvnw -B verify\n");
        write(repo, "svc/Dockerfile", "FROM eclipse-temurin:17\nUSER app\nHEALTHCHECK CMD curl -f http://localhost/health\n");
        write(repo, "deploy/app.yaml", "kind: Deployment\nspec:\n  containers:\n    - livenessProbe: {}\n"
                + "      readinessProbe: {}\n      resources:\n        limits:\n          memory: 512Mi\n");
        write(repo, "svc/src/main/java/Svc.java", "import java.sql.Connection;\nimport io.micrometer.core.instrument.MeterRegistry;\n"
                + "import io.opentelemetry.api.trace.Tracer;\nclass Svc { String h = \"X-Request-Id\"; Object cb = CircuitBreaker.ofDefaults(\"x\"); }\n");
        write(repo, "svc/src/main/resources/db/migration/V1__init.sql", "create table t (id int);");
        write(repo, "svc/src/test/java/SvcTest.java", "class SvcTest {}");
        write(repo, "docs/runbook.md", "# Runbook");
        write(repo, "config/production.yml", "level: info");
        Map<String, CheckState> c = checklist(repo);
        for (String id : new String[] {"ci-pipeline", "tests-in-ci", "container-health-check", "container-non-root",
                "orchestration-probes", "resource-limits", "migrations", "metrics", "tracing", "correlation-ids",
                "retries-and-circuit-breakers", "automated-tests", "readme", "runbook", "environment-config",
                "errors-not-swallowed", "no-vulnerable-dependencies"}) {
            assertThat(c.get(id)).as(id).isEqualTo(CheckState.PASS);
        }
        assertThat(c.get("backups")).isEqualTo(CheckState.NOT_CHECKED);
    }

    @Test
    void whatIsMissingFailsAndWhatCodeCannotShowIsNeverAPass(@TempDir Path repo) throws Exception {
        write(repo, "svc/Dockerfile", "FROM python:3.12\nCMD python app.py\n");
        write(repo, "svc/app.py", "import sqlite3\ntry:\n    run()\nexcept:\n    pass\n");
        Map<String, CheckState> c = checklist(repo);
        assertThat(c).containsEntry("ci-pipeline", CheckState.FAIL).containsEntry("container-health-check", CheckState.FAIL)
                .containsEntry("container-non-root", CheckState.FAIL).containsEntry("migrations", CheckState.FAIL)
                .containsEntry("errors-not-swallowed", CheckState.FAIL).containsEntry("readme", CheckState.FAIL)
                .containsEntry("tests-in-ci", CheckState.NOT_APPLICABLE)
                .containsEntry("orchestration-probes", CheckState.NOT_APPLICABLE)
                .containsEntry("rollback", CheckState.NOT_CHECKED).containsEntry("tls", CheckState.NOT_CHECKED);
        assertThat(c).hasSize(30);
    }

    @Test
    void aSecretScannerInCiOrPreCommitPassesTheSecretScanningCheck(@TempDir Path repo) throws Exception {
        write(repo, "svc/app.py", "x = 1\n");
        assertThat(checklist(repo)).containsEntry("secret-scanning", CheckState.FAIL);
        write(repo, ".github/workflows/ci.yml", "on: push\njobs:\n  scan:\n    steps:\n      - uses: gitleaks/gitleaks-action@v2\n");
        assertThat(checklist(repo)).containsEntry("secret-scanning", CheckState.PASS);
    }

    @Test
    void aComponentChecklistLooksAtItsOwnFilesAndLeavesRepositoryWideChecksOut(@TempDir Path repo) throws Exception {
        write(repo, "svc/Dockerfile", "FROM python:3.12\nCMD python app.py\n");
        write(repo, "svc/app.py", "from flask import Flask\napp = Flask(__name__)\n");
        write(repo, "lib/util.py", "def add(a, b):\n    return a + b\n");
        EngineResult result = assess(repo);
        Map<String, CheckState> svc = states(component(result, "svc").checklist());
        Map<String, CheckState> lib = states(component(result, "lib").checklist());
        assertThat(svc).containsEntry("container-health-check", CheckState.FAIL)
                .containsEntry("container-non-root", CheckState.FAIL).containsEntry("metrics", CheckState.FAIL)
                .containsEntry("readme", CheckState.FAIL).doesNotContainKeys("ci-pipeline", "runbook", "rollback", "tls");
        assertThat(lib).containsEntry("container-health-check", CheckState.NOT_APPLICABLE)
                .containsEntry("metrics", CheckState.NOT_APPLICABLE)
                .containsEntry("environment-config", CheckState.NOT_APPLICABLE);
    }

    @Test
    void aFailedOperationsControlBecomesAFindingThatCostsOperationsPoints(@TempDir Path repo) throws Exception {
        write(repo, "svc/Dockerfile", "FROM python:3.12\nCMD python app.py\n");
        write(repo, "svc/app.py", "from flask import Flask\napp = Flask(__name__)\n");
        ComponentAssessment svc = component(assess(repo), "svc");
        assertThat(svc.findings()).filteredOn(f -> f.category() == Category.OPERATIONS).extracting(Finding::ruleId)
                .contains("OPS-NO-CONTAINER-HEALTHCHECK", "OPS-ROOT-CONTAINER", "OPS-NO-ENVIRONMENT-CONFIG");
        assertThat(svc.findings()).filteredOn(f -> f.ruleId().equals("OPS-ROOT-CONTAINER")).extracting(Finding::file)
                .containsExactly("svc/Dockerfile");
        assertThat(svc.scores().operations()).isLessThan(5.0);
    }

    @Test
    void aComponentWithItsControlsInPlaceRaisesNoOperationsFinding(@TempDir Path repo) throws Exception {
        write(repo, "svc/Dockerfile", "FROM python:3.12\nUSER app\nHEALTHCHECK CMD curl -f http://localhost/health\n"
                + "CMD python app.py\n");
        write(repo, "svc/app.py", "from flask import Flask\napp = Flask(__name__)\n");
        write(repo, "svc/.env.example", "DATABASE_URL=\n");
        ComponentAssessment svc = component(assess(repo), "svc");
        assertThat(svc.findings()).filteredOn(f -> f.ruleId().startsWith("OPS-")).isEmpty();
        assertThat(states(svc.checklist())).containsEntry("container-health-check", CheckState.PASS)
                .containsEntry("container-non-root", CheckState.PASS).containsEntry("environment-config", CheckState.PASS);
        assertThat(svc.scores().operations()).isEqualTo(10.0);
    }
}
