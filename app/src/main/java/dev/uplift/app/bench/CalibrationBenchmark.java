package dev.uplift.app.bench;

import dev.uplift.analysis.deps.AdvisoryIndex;
import dev.uplift.analysis.engine.AnalysisCache;
import dev.uplift.analysis.engine.AssessmentEngine;
import dev.uplift.analysis.engine.EngineResult;
import dev.uplift.analysis.engine.RunSettings;
import dev.uplift.analysis.git.GitHead;
import dev.uplift.model.Assessment;
import dev.uplift.model.Category;
import dev.uplift.model.ProductionStandards;
import dev.uplift.model.service.ProgressListener;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * The calibration table of docs/scoring.md: every repository of a corpus file assessed with no cache,
 * its repository scores per category (component scores weighted by lines, as the overview shows them)
 * and readiness, and the separation between the groups: the lowest mature repository against the
 * highest insecure or skeleton one. The corpus file is tab-separated {@code name group repo commit},
 * with each repository checked out in a folder of that name beside it.
 */
public final class CalibrationBenchmark {
    /** The group whose every member must score above every other group's. */
    public static final String MATURE = "mature";

    /** One repository's row; {@code commit} is the checkout's, or the corpus's when the folder is no git work tree. */
    public record Row(String name, String group, String repo, String commit, String expectedCommit, int lines,
                      int findings, Map<Category, Double> scores, double readiness, Map<String, Long> securityRules) {
    }

    private CalibrationBenchmark() {
    }

    /** @param advisories the known vulnerabilities dependencies are judged against, as {@code assess} uses them */
    public static List<Row> run(Path corpus, int threads, AdvisoryIndex advisories) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length < 4 || f[0].equals("name") || line.isBlank()) {
                continue;
            }
            Path dir = corpus.toAbsolutePath().getParent().resolve(f[0]);
            if (!Files.isDirectory(dir)) {
                throw new IOException("no checkout of " + f[0] + " at " + dir);
            }
            EngineResult r = new AssessmentEngine(AnalysisCache.NONE, threads).run(dir,
                    new RunSettings(ProductionStandards.defaults(), advisories), ProgressListener.NONE, () -> false);
            Assessment a = new Assessment(f[0], dir.toString(), Instant.now(), r.commit(), "default", r.components(),
                    r.warnings(), r.checklist());
            Map<Category, Double> scores = new TreeMap<>();
            for (Category c : Category.values()) {
                scores.put(c, a.weightedMean(ca -> ca.scores().of(c)));
            }
            Map<String, Long> security = r.components().stream().flatMap(c -> c.findings().stream())
                    .filter(x -> x.category() == Category.SECURITY)
                    .collect(Collectors.groupingBy(x -> x.ruleId() + "/" + x.severity().name().toLowerCase(Locale.ROOT),
                            TreeMap::new, Collectors.counting()));
            rows.add(new Row(f[0], f[1], f[2], GitHead.commitOf(dir).orElse(f[3]), f[3],
                    r.components().stream().mapToInt(c -> c.metrics().linesOfCode()).sum(),
                    r.components().stream().mapToInt(c -> c.findings().size()).sum(), scores, a.readiness(), security));
        }
        return rows;
    }

    public static void report(List<Row> rows, boolean details, PrintWriter out) {
        out.println("| repository | group | commit | lines | quality | security | performance | coverage % | docs"
                + " | errors | observability | operations | readiness |");
        out.println("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Row r : rows) {
            out.printf(Locale.ROOT, "| %s | %s | %s | %,d | %.1f | %.1f | %.1f | %.0f | %.1f | %.1f | %.1f | %.1f | %.1f |%n",
                    r.repo(), r.group(), r.commit().length() > 10 ? r.commit().substring(0, 10) : r.commit(), r.lines(),
                    r.scores().get(Category.CODE_QUALITY), r.scores().get(Category.SECURITY),
                    r.scores().get(Category.PERFORMANCE), r.scores().get(Category.TESTING),
                    r.scores().get(Category.DOCUMENTATION), r.scores().get(Category.ERROR_HANDLING),
                    r.scores().get(Category.OBSERVABILITY), r.scores().get(Category.OPERATIONS), r.readiness());
        }
        out.println();
        out.printf(Locale.ROOT, "Separation (lowest mature minus highest other): security %+.1f (target +2.0), "
                + "readiness %+.1f (target +1.5)%n", separation(rows, r -> r.scores().get(Category.SECURITY)),
                separation(rows, Row::readiness));
        for (Row r : rows) {
            if (!r.commit().startsWith(r.expectedCommit()) && !r.expectedCommit().startsWith(r.commit())) {
                out.printf("warning: %s is at %s, the corpus names %s%n", r.name(), r.commit(), r.expectedCommit());
            }
        }
        if (details) {
            out.println();
            for (Row r : rows) {
                out.printf("%s: %,d findings; security findings %s%n", r.name(), r.findings(), r.securityRules());
            }
        }
        out.flush();
    }

    /** The lowest mature figure minus the highest figure of any other group (positive: they separate). */
    public static double separation(List<Row> rows, ToDoubleFunction<Row> figure) {
        double lowestMature = rows.stream().filter(r -> r.group().equals(MATURE)).mapToDouble(figure).min().orElse(0);
        double highestOther = rows.stream().filter(r -> !r.group().equals(MATURE)).mapToDouble(figure).max().orElse(0);
        return lowestMature - highestOther;
    }
}
