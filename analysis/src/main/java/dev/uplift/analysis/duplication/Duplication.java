package dev.uplift.analysis.duplication;

import dev.uplift.model.Category;
import dev.uplift.model.Finding;
import dev.uplift.model.Rule;
import dev.uplift.model.Severity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Duplicated blocks across the production files of one component, from their {@link Fingerprints}: a
 * fingerprint found in two places marks a repeated run of tokens; neighbouring marks between the same
 * two files join into one block, reported once, where the copy is (the later of the two places by
 * path and line). Stateless.
 */
public final class Duplication {
    public static final Rule RULE = new Rule("QUAL-DUPLICATED-BLOCK", "Duplicated code", Category.CODE_QUALITY,
            Severity.MINOR, 30, null,
            "A block of at least " + Winnowing.GUARANTEED + " tokens repeats code elsewhere in the component: a fix "
                    + "made in one copy is easily missed in the other.",
            "Extract the shared code into one method or module that both places call.");
    /** Marks this many lines apart still belong to one block. */
    private static final int JOIN_LINES = 8;

    private record Place(String file, int start, int end) {
    }

    private Duplication() {
    }

    /** Findings for the duplicated blocks among the files (repository-relative path → fingerprints). */
    public static List<Finding> find(Map<String, Fingerprints> files) {
        Map<Long, Place> first = new HashMap<>();
        // (original file, copy file) → marks on the copy, each with the original place it repeats
        Map<String, TreeMap<Integer, Place[]>> pairs = new TreeMap<>();
        List<String> paths = new ArrayList<>(files.keySet());
        paths.sort(Comparator.naturalOrder());
        for (String path : paths) {
            Fingerprints f = files.get(path);
            for (int i = 0; i < f.size(); i++) {
                Place here = new Place(path, f.startLines()[i], f.endLines()[i]);
                Place original = first.putIfAbsent(f.hashes()[i], here);
                if (original == null || original.file().equals(path) && original.end() >= here.start()) {
                    continue; // first sight, or overlapping itself (a long run of the same token)
                }
                pairs.computeIfAbsent(original.file() + "\n" + path, k -> new TreeMap<>())
                        .put(here.start(), new Place[] {original, here});
            }
        }
        List<Finding> out = new ArrayList<>();
        for (TreeMap<Integer, Place[]> marks : pairs.values()) {
            Place[] block = null;
            for (Place[] mark : marks.values()) {
                if (block != null && mark[1].start() <= block[1].end() + JOIN_LINES) {
                    block = new Place[] {span(block[0], mark[0]), span(block[1], mark[1])};
                } else {
                    report(block, out);
                    block = mark;
                }
            }
            report(block, out);
        }
        return out;
    }

    private static Place span(Place a, Place b) {
        return new Place(a.file(), Math.min(a.start(), b.start()), Math.max(a.end(), b.end()));
    }

    private static void report(Place[] block, List<Finding> out) {
        if (block == null) {
            return;
        }
        Place original = block[0];
        Place copy = block[1];
        int lines = copy.end() - copy.start() + 1;
        out.add(Finding.of(RULE, copy.file(), copy.start(), "lines " + copy.start() + "–" + copy.end() + " (" + lines
                + " lines) repeat " + original.file() + ":" + original.start() + "–" + original.end(), null));
    }
}
