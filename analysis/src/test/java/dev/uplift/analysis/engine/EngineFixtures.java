package dev.uplift.analysis.engine;

import dev.uplift.model.ComponentAssessment;
import dev.uplift.model.ProductionStandards;
import dev.uplift.model.service.ProgressListener;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Small repositories written by a test and assessed with the real engine, no cache. */
final class EngineFixtures {
    private EngineFixtures() {
    }

    static void write(Path repo, String path, String text) throws Exception {
        Files.createDirectories(repo.resolve(path).getParent());
        Files.writeString(repo.resolve(path), text);
    }

    static EngineResult assess(Path repo) throws Exception {
        return new AssessmentEngine(AnalysisCache.NONE, 1).run(repo, RunSettings.of(ProductionStandards.defaults()),
                ProgressListener.NONE, () -> false);
    }

    static Map<String, ComponentAssessment> byId(EngineResult result) {
        return result.components().stream().collect(Collectors.toMap(c -> c.component().id(), Function.identity()));
    }
}
