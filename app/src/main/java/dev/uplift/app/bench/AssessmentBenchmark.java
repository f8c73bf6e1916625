package dev.uplift.app.bench;

import dev.uplift.analysis.engine.AnalysisCache;
import dev.uplift.analysis.engine.AssessmentEngine;
import dev.uplift.analysis.engine.EngineResult;
import dev.uplift.analysis.engine.RunSettings;
import dev.uplift.analysis.engine.StepTimes;
import dev.uplift.model.ProductionStandards;
import dev.uplift.model.service.ProgressListener;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The polyglot speed target of docs/benchmarks.md: a whole assessment of a repository with no cache,
 * run {@code rounds} times in one JVM. The first round is the cold figure (class loading, JIT, native
 * parsers loading), the last the warm one. With a profile, the CPU time of each analysis step summed over
 * all threads, slowest first.
 */
public final class AssessmentBenchmark {

    /** Wall times in milliseconds of the first and last round, and what the last one found. */
    public record Result(int files, long coldMillis, long warmMillis, int threads, int findings, int warnings,
                         long heapMiB, List<StepTimes.Step> steps) {
    }

    private AssessmentBenchmark() {
    }

    public static Result run(Path dir, int threads, int rounds, boolean profile) throws IOException {
        long cold = 0;
        long warm = 0;
        EngineResult result = null;
        StepTimes steps = StepTimes.OFF;
        for (int round = 0; round < rounds; round++) {
            steps = profile ? StepTimes.collecting() : StepTimes.OFF;
            long start = System.nanoTime();
            result = new AssessmentEngine(AnalysisCache.NONE, threads, steps).run(dir,
                    RunSettings.of(ProductionStandards.defaults()), ProgressListener.NONE, () -> false);
            warm = (System.nanoTime() - start) / 1_000_000;
            if (round == 0) {
                cold = warm;
            }
        }
        int findings = result.components().stream().mapToInt(c -> c.findings().size()).sum();
        Runtime rt = Runtime.getRuntime();
        long heap = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
        return new Result(result.filesAnalyzed(), cold, warm, threads, findings, result.warnings().size(), heap,
                steps.slowestFirst());
    }

    public static void report(Result r, PrintWriter out) {
        out.printf(Locale.ROOT, "files analysed:      %,d%n", r.files());
        out.printf(Locale.ROOT, "first round (cold):  %,d ms%n", r.coldMillis());
        out.printf(Locale.ROOT, "last round (warm):   %,d ms, %d threads (%,d findings, %,d warnings)%n",
                r.warmMillis(), r.threads(), r.findings(), r.warnings());
        out.printf(Locale.ROOT, "heap in use after:   %,d MiB%n", r.heapMiB());
        if (!r.steps().isEmpty()) {
            out.println("CPU time per step, last round, all threads:");
            r.steps().stream().limit(25).forEach(s -> out.printf(Locale.ROOT, "  %,8d ms  %s%n", s.millis(), s.name()));
        }
        out.flush();
    }
}
