package dev.uplift.analysis.engine;

import dev.uplift.model.Finding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Repeated findings of one rule in one file become one finding with its occurrences, so a rule that
 * fires on every line of a kind does not bury the rest: the first hit's message and evidence, the
 * effort of them all, every line. Rules whose every finding names its own function or class keep
 * them apart, since each is a different piece of work with its own message. Stateless.
 */
final class FindingGroups {
    /** Rules whose findings each name a function, class or block of their own. */
    private static final Set<String> PER_ENTITY = Set.of("STUB-SIMULATED", "STUB-FUNCTION", "STUB-CLASS",
            "QUAL-LONG-FUNCTION", "QUAL-CYCLOMATIC-COMPLEXITY", "QUAL-COGNITIVE-COMPLEXITY", "QUAL-DEEP-NESTING",
            "QUAL-MANY-PARAMETERS", "QUAL-LARGE-CLASS", "QUAL-UNUSED-PRIVATE");

    private FindingGroups() {
    }

    private record Key(String ruleId, String file, Object severity, String exemption, boolean review) {
    }

    static List<Finding> byFile(List<Finding> findings) {
        Map<Object, List<Finding>> groups = new LinkedHashMap<>();
        for (Finding f : findings) {
            Object key = f.line() == 0 || PER_ENTITY.contains(f.ruleId()) ? new Object() // alone
                    : new Key(f.ruleId(), f.file(), f.severity(), Objects.requireNonNullElse(f.exemption(), ""), f.review());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
        }
        List<Finding> out = new ArrayList<>(groups.size());
        for (List<Finding> group : groups.values()) {
            out.add(group.size() == 1 ? group.get(0) : merge(group));
        }
        return out;
    }

    private static Finding merge(List<Finding> group) {
        List<Finding> sorted = group.stream().sorted(java.util.Comparator.comparingInt(Finding::line)).toList();
        Finding first = sorted.get(0);
        List<Integer> lines = new ArrayList<>();
        int effort = 0;
        for (Finding f : sorted) {
            lines.addAll(f.lines());
            effort += f.effortMinutes();
        }
        lines.sort(null);
        String message = first.message() + " (" + lines.size() + " times in this file)";
        return new Finding(first.ruleId(), first.category(), first.severity(), first.file(), first.line(), message,
                first.evidence(), effort, first.cwe(), first.exemption(), lines, first.review(), first.trace());
    }
}
