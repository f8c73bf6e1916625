package dev.uplift.analysis.git;

import dev.uplift.model.Category;
import dev.uplift.model.Finding;
import dev.uplift.model.Rule;
import dev.uplift.model.Severity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Hotspots: production files that are both large and often changed (lines of code × commits in the
 * window), where defects and rework concentrate. Reported as information — they cost no points but
 * tell the plan where change is risky. Until complexity metrics land, size stands for complexity.
 */
public final class Hotspots {
    public static final Rule RULE = new Rule("HIST-HOTSPOT", "Change hotspots", Category.CODE_QUALITY, Severity.INFO, 0,
            null, "A large file that changes often: defects and rework concentrate here.",
            "Cover it with tests before changing it again, and split it along the lines of its changes.");
    static final int MIN_COMMITS = 3;
    /** Smaller files are easy to change however often they do: not hotspots. */
    static final int MIN_LINES = 50;
    static final double TOP_SHARE = 0.1;

    private Hotspots() {
    }

    /** A file's size and history. */
    public record Candidate(String path, int linesOfCode, FileHistory history) {
        long score() {
            return (long) linesOfCode * history.commits();
        }
    }

    /** The top tenth of files by size × changes, among those of 50 lines or more changed at least three times. */
    public static List<Finding> of(List<Candidate> candidates, int months) {
        List<Candidate> changed = candidates.stream().filter(c -> c.history().commits() >= MIN_COMMITS && c.linesOfCode() >= MIN_LINES)
                .sorted(Comparator.comparingLong(Candidate::score).reversed()).toList();
        int keep = (int) Math.ceil(candidates.size() * TOP_SHARE);
        List<Finding> out = new ArrayList<>();
        for (Candidate c : changed.subList(0, Math.min(keep, changed.size()))) {
            out.add(Finding.of(RULE, c.path(), 1, "changed in " + c.history().commits() + " commits by "
                    + c.history().authors() + (c.history().authors() == 1 ? " author" : " authors") + " in " + months
                    + " months, " + c.linesOfCode() + " lines of code", null));
        }
        return out;
    }
}
