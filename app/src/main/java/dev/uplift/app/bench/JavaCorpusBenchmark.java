package dev.uplift.app.bench;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import dev.uplift.analysis.engine.AnalysisCache;
import dev.uplift.analysis.engine.AssessmentEngine;
import dev.uplift.analysis.engine.EngineResult;
import dev.uplift.analysis.engine.RunSettings;
import dev.uplift.model.ProductionStandards;
import dev.uplift.model.service.ProgressListener;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The Java speed target of docs/benchmarks.md: a whole assessment of a large Java code base (all
 * analyzers, every core) against single-threaded JavaParser parsing of the same files. Each side runs
 * {@code rounds} times in this JVM and the last round counts, so both are measured warm.
 */
public final class JavaCorpusBenchmark {

    /** Wall times in milliseconds of the last round, and what the assessment found. */
    public record Result(int javaFiles, int parseFailures, long parseMillis, long assessMillis, int threads,
                         int findings, int warnings, long heapMiB) {
        public double ratio() {
            return (double) assessMillis / parseMillis;
        }
    }

    private JavaCorpusBenchmark() {
    }

    public static Result run(Path dir, int threads, int rounds) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p)).sorted().toList();
        }
        long parseMillis = 0;
        int failures = 0;
        for (int round = 0; round < rounds; round++) {
            JavaParser parser = new JavaParser(new ParserConfiguration()
                    .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));
            failures = 0;
            long start = System.nanoTime();
            for (Path f : files) {
                if (!parser.parse(Files.readString(f, StandardCharsets.UTF_8)).isSuccessful()) {
                    failures++;
                }
            }
            parseMillis = (System.nanoTime() - start) / 1_000_000;
        }
        long assessMillis = 0;
        EngineResult result = null;
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            result = new AssessmentEngine(AnalysisCache.NONE, threads).run(dir,
                    RunSettings.of(ProductionStandards.defaults()), ProgressListener.NONE, () -> false);
            assessMillis = (System.nanoTime() - start) / 1_000_000;
        }
        int findings = result.components().stream().mapToInt(c -> c.findings().size()).sum();
        Runtime rt = Runtime.getRuntime();
        long heap = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
        return new Result(files.size(), failures, parseMillis, assessMillis, threads, findings,
                result.warnings().size(), heap);
    }

    public static void report(Result r, PrintWriter out) {
        out.printf(Locale.ROOT, "Java files:            %,d (%d not parsed by JavaParser)%n", r.javaFiles(), r.parseFailures());
        out.printf(Locale.ROOT, "parse only, 1 thread:  %,d ms%n", r.parseMillis());
        out.printf(Locale.ROOT, "assessment, %d threads: %,d ms (%,d findings, %,d warnings)%n", r.threads(),
                r.assessMillis(), r.findings(), r.warnings());
        out.printf(Locale.ROOT, "ratio:                 %.2f (target: at most 1.50)%n", r.ratio());
        out.printf(Locale.ROOT, "heap in use after:     %,d MiB%n", r.heapMiB());
        out.flush();
    }
}
