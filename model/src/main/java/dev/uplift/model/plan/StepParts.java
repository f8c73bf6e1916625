package dev.uplift.model.plan;

import dev.uplift.model.Finding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Costs one rule's findings in a component and cuts the work into parts no longer than one person can
 * do in two weeks, by folder, then by file, then by count. Repeated small fixes get cheaper: the n-th
 * costs n<sup>−0.234</sup> of the first (an 85 % learning curve: each doubling of the count takes 15 %
 * off), never less than {@value #FLOOR} of it. Stateless.
 */
final class StepParts {
    /** Working days one step may take one person at most. */
    static final int MAX_DAYS = 10;
    static final double LEARNING_EXPONENT = Math.log(0.85) / Math.log(2);
    static final double FLOOR = 0.3;
    /** Fixes of at most this many minutes are mechanical enough to get cheaper with repetition. */
    static final int MECHANICAL_MINUTES = 60;

    /** A part of the work: its findings, what they cost, and the folders or files they are in. */
    record Part(List<Finding> findings, double minutes, List<String> paths) {
    }

    private StepParts() {
    }

    /** A finding and what fixing it costs after the learning curve. */
    record Costed(Finding finding, double minutes) {
    }

    /** The findings in file order, with the learning curve applied. */
    static List<Costed> costs(List<Finding> findings) {
        List<Costed> out = new ArrayList<>();
        int repeated = 0;
        for (Finding f : sorted(findings)) {
            double each = (double) f.effortMinutes() / f.count(); // a grouped finding: each occurrence is a fix
            boolean mechanical = f.line() > 0 && each <= MECHANICAL_MINUTES;
            double minutes = 0;
            for (int i = 0; i < f.count(); i++) {
                minutes += each * (mechanical ? Math.max(FLOOR, Math.pow(++repeated, LEARNING_EXPONENT)) : 1);
            }
            out.add(new Costed(f, minutes));
        }
        return out;
    }

    /** The work in parts of at most {@code maxMinutes}, folder by folder (one part when it all fits). */
    static List<Part> split(List<Finding> findings, double maxMinutes) {
        List<Costed> costed = costs(findings);
        double total = sum(costed);
        if (total <= maxMinutes) {
            return List.of(new Part(costed.stream().map(Costed::finding).toList(), total, List.of()));
        }
        List<Part> parts = new ArrayList<>();
        Packer packer = new Packer(maxMinutes, parts);
        for (Map.Entry<String, List<Costed>> folder : group(costed, c -> folderOf(c.finding().file())).entrySet()) {
            if (sum(folder.getValue()) <= maxMinutes) {
                packer.add(folder.getKey(), folder.getValue());
                continue;
            }
            for (Map.Entry<String, List<Costed>> file : group(folder.getValue(), c -> c.finding().file()).entrySet()) {
                if (sum(file.getValue()) <= maxMinutes) {
                    packer.add(file.getKey(), file.getValue());
                    continue;
                }
                for (Costed c : file.getValue()) { // one huge file: by count
                    packer.add(file.getKey(), List.of(c));
                }
            }
        }
        packer.flush();
        return parts;
    }

    /** Fills a part until the next piece would overflow it. */
    private static final class Packer {
        private final double max;
        private final List<Part> out;
        private final List<Finding> findings = new ArrayList<>();
        private final List<String> paths = new ArrayList<>();
        private double minutes;

        Packer(double max, List<Part> out) {
            this.max = max;
            this.out = out;
        }

        void add(String path, List<Costed> piece) {
            double pieceMinutes = sum(piece);
            if (!findings.isEmpty() && minutes + pieceMinutes > max) {
                flush();
            }
            piece.forEach(c -> findings.add(c.finding()));
            if (!paths.contains(path)) {
                paths.add(path);
            }
            minutes += pieceMinutes;
        }

        void flush() {
            if (!findings.isEmpty()) {
                out.add(new Part(List.copyOf(findings), minutes, List.copyOf(paths)));
            }
            findings.clear();
            paths.clear();
            minutes = 0;
        }
    }

    private static List<Finding> sorted(List<Finding> findings) {
        return findings.stream().sorted(Comparator.comparing(Finding::file).thenComparingInt(Finding::line)).toList();
    }

    private static Map<String, List<Costed>> group(List<Costed> costed, java.util.function.Function<Costed, String> key) {
        Map<String, List<Costed>> out = new LinkedHashMap<>();
        costed.forEach(c -> out.computeIfAbsent(key.apply(c), k -> new ArrayList<>()).add(c));
        return out;
    }

    private static double sum(List<Costed> costed) {
        return costed.stream().mapToDouble(Costed::minutes).sum();
    }

    private static String folderOf(String file) {
        int slash = file.lastIndexOf('/');
        return slash < 0 ? "." : file.substring(0, slash);
    }
}
