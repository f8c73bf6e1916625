package dev.uplift.app.bench;

import dev.uplift.model.schedule.Schedule;
import dev.uplift.model.schedule.Scheduler;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Schedules every PSPLIB instance in a folder and compares the makespan with the known optimum
 * (a CSV of {@code problem,optimum}): mean gap, instances at the optimum, time per instance.
 */
public final class SchedulerBenchmark {
    /** The result for one instance; {@code optimum} is null when the table lacks it. */
    public record Result(String name, int makespan, Integer optimum, int lowerBound, double millis) {
        public Double gapPercent() {
            return optimum == null ? null : 100.0 * (makespan - optimum) / optimum;
        }
    }

    private SchedulerBenchmark() {
    }

    public static List<Result> run(Path folder, Path optimaCsv, int budget) throws IOException {
        Map<String, Integer> optima = optimaCsv == null ? Map.of() : readOptima(optimaCsv);
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".sm")).sorted().toList();
        }
        List<Result> results = new ArrayList<>();
        for (Path file : files) {
            PsplibReader.Instance instance = PsplibReader.read(file);
            long start = System.nanoTime();
            Schedule s = new Scheduler(42, budget).schedule(instance.activities(), instance.capacity());
            double millis = (System.nanoTime() - start) / 1e6;
            results.add(new Result(instance.name(), s.makespan(), optima.get(instance.name()), s.lowerBound(), millis));
        }
        return results;
    }

    public static void report(List<Result> results, PrintWriter out) {
        out.printf("%-16s %8s %8s %8s %8s %9s%n", "instance", "makespan", "optimum", "gap %", "bound", "ms");
        double gapSum = 0;
        int withOptimum = 0;
        int atOptimum = 0;
        double millis = 0;
        for (Result r : results) {
            out.printf(Locale.ROOT, "%-16s %8d %8s %8s %8d %9.1f%n", r.name(), r.makespan(),
                    r.optimum() == null ? "-" : r.optimum().toString(),
                    r.gapPercent() == null ? "-" : String.format(Locale.ROOT, "%.2f", r.gapPercent()), r.lowerBound(),
                    r.millis());
            millis += r.millis();
            if (r.gapPercent() != null) {
                withOptimum++;
                gapSum += r.gapPercent();
                atOptimum += r.gapPercent() == 0 ? 1 : 0;
            }
        }
        out.printf(Locale.ROOT, "%d instances; mean time %.1f ms", results.size(),
                results.isEmpty() ? 0 : millis / results.size());
        if (withOptimum > 0) {
            out.printf(Locale.ROOT, "; mean gap to optimum %.2f %% over %d; %d at the optimum", gapSum / withOptimum,
                    withOptimum, atOptimum);
        }
        out.println();
        out.flush();
    }

    private static Map<String, Integer> readOptima(Path csv) throws IOException {
        Map<String, Integer> optima = new HashMap<>();
        for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
            String[] parts = line.split("[,;\\s]+");
            if (parts.length >= 2 && parts[1].matches("\\d+")) {
                optima.put(parts[0].strip(), Integer.parseInt(parts[1]));
            }
        }
        return optima;
    }
}
