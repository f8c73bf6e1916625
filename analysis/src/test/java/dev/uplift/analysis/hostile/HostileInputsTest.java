package dev.uplift.analysis.hostile;

import dev.uplift.analysis.engine.AnalysisCache;
import dev.uplift.analysis.engine.AssessmentEngine;
import dev.uplift.analysis.engine.EngineResult;
import dev.uplift.analysis.engine.RunSettings;
import dev.uplift.model.AssessmentWarning;
import dev.uplift.model.Finding;
import dev.uplift.model.ProductionStandards;
import dev.uplift.model.service.ProgressListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The engine on {@link HostileRepository}: no crash, no hang, a warning naming each bad file, the good files intact. */
class HostileInputsTest {
    @TempDir
    static Path repo;
    static HostileRepository hostile;
    static EngineResult result;

    @BeforeAll
    static void assessTheHostileRepository() throws Exception {
        hostile = HostileRepository.create(repo);
        result = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> new AssessmentEngine(AnalysisCache.NONE, 2)
                .run(repo, RunSettings.of(ProductionStandards.defaults()), ProgressListener.NONE, () -> false));
        result.warnings().forEach(w -> System.out.println("warning: " + w.file() + ": " + w.message()));
    }

    private static List<Finding> findings() {
        return result.components().stream().flatMap(c -> c.findings().stream()).toList();
    }

    @Test
    void theGoodFilesBesideThemAreFullyAssessed() {
        assertThat(findings()).extracting(f -> f.file() + " " + f.ruleId())
                .contains("good/app.py ERR-PY-NO-TIMEOUT", "good/Good.java ERR-EMPTY-CATCH");
    }

    @Test
    void eachHostileFileIsNamedInAWarningThatSaysWhatHappened() {
        for (HostileRepository.Case c : hostile.cases()) {
            assertThat(result.warnings()).as(c.path()).anySatisfy(w -> {
                assertThat(w.file()).isEqualTo(c.path());
                assertThat(w.message()).containsIgnoringCase(c.warning());
            });
        }
    }

    @Test
    void nothingOutsideTheRepositoryIsReadAndNothingIsExecuted() {
        assertThat(findings()).noneMatch(f -> f.file().startsWith("links/"));
        assertThat(result.warnings()).extracting(AssessmentWarning::message)
                .noneMatch(m -> m.contains("root:x:0:0"));
        assertThat(findings()).extracting(Finding::evidence).noneMatch(e -> e != null && e.contains("root:x:0:0"));
        assertThat(Files.exists(repo.resolve("names/PWNED"))).isFalse();
        assertThat(Files.exists(repo.resolve("PWNED"))).isFalse();
    }

    @Test
    void oddlyEncodedAndOddlyNamedFilesAreRead() {
        assertThat(findings()).extracting(Finding::file).contains("src/latin1.py", "src/utf16.py", "src/utf16-nobom.py",
                "names/new\nline.py", "names/quote'\"name.py", "names/$(touch PWNED).py", "names/;rm -rf x;.py",
                "d/".repeat(200) + "deep.py", "src/broken.py", "src/parens.py", "src/blocks.js", "src/parens.ts");
    }
}
