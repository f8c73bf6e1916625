package dev.uplift.analysis.deps;

import dev.uplift.analysis.engine.AnalysisCache;
import dev.uplift.analysis.engine.AssessmentEngine;
import dev.uplift.analysis.engine.EngineResult;
import dev.uplift.analysis.engine.RunSettings;
import dev.uplift.model.ComponentAssessment;
import dev.uplift.model.Finding;
import dev.uplift.model.ProductionStandards;
import dev.uplift.model.service.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class DependencyCheckTest {
    private static final String ADVISORY = "{\"id\": \"GHSA-t\", \"aliases\": [\"CVE-2020-14343\"], \"summary\": \"rce\","
            + " \"affected\": [{\"package\": {\"ecosystem\": \"PyPI\", \"name\": \"PyYAML\"}, \"ranges\": [{\"type\": "
            + "\"ECOSYSTEM\", \"events\": [{\"introduced\": \"0\"}, {\"fixed\": \"5.4\"}]}]}]}";

    @Test
    void findsVulnerableConflictingAndUnpinnedDependencies(@TempDir Path repo) throws Exception {
        write(repo, "api/pyproject.toml", "[project]\nname = \"api\"\ndependencies = [\"pyyaml==5.3.1\", \"httpx\"]\n");
        write(repo, "api/api/__init__.py", "");
        write(repo, "jobs/requirements.txt", "PyYAML==6.0.1\n");
        write(repo, "jobs/jobs/__init__.py", "");
        AdvisoryIndex advisories = new AdvisoryIndex(OsvReader.read(ADVISORY.getBytes(StandardCharsets.UTF_8), false));
        EngineResult r = new AssessmentEngine(AnalysisCache.NONE, 1).run(repo,
                new RunSettings(ProductionStandards.defaults(), advisories), ProgressListener.NONE, () -> false);
        Map<String, ComponentAssessment> byId = r.components().stream()
                .collect(Collectors.toMap(c -> c.component().id(), Function.identity()));
        List<String> api = byId.get("api").findings().stream().map(Finding::ruleId).toList();
        assertThat(api).contains("DEP-VULNERABLE", "DEP-VERSION-CONFLICT", "DEP-UNPINNED");
        Finding vulnerable = byId.get("api").findings().stream().filter(f -> f.ruleId().equals("DEP-VULNERABLE"))
                .findFirst().orElseThrow();
        assertThat(vulnerable.message()).contains("CVE-2020-14343").contains("fixed in 5.4");
        assertThat(vulnerable.file()).isEqualTo("api/pyproject.toml");
        List<String> jobs = byId.get("jobs").findings().stream().map(Finding::ruleId).toList();
        assertThat(jobs).contains("DEP-VERSION-CONFLICT").doesNotContain("DEP-VULNERABLE", "DEP-UNPINNED");
    }

    @Test
    void aBrokenManifestIsAWarningNotACrash(@TempDir Path repo) throws Exception {
        write(repo, "web/package.json", "{\"name\": \"web\", \"dependencies\": [");
        write(repo, "web/src/a.ts", "export const a = 1;\n");
        EngineResult r = new AssessmentEngine(AnalysisCache.NONE, 1).run(repo, RunSettings.of(ProductionStandards.defaults()),
                ProgressListener.NONE, () -> false);
        assertThat(r.warnings()).extracting(w -> w.file()).contains("web/package.json");
    }

    private static void write(Path repo, String path, String text) throws Exception {
        Path p = repo.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }
}
