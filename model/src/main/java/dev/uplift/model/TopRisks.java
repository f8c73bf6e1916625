package dev.uplift.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What an architect should read first, before any count: blockers (a live secret, say), then
 * confirmed vulnerabilities (critical security findings that cost their component points), then
 * simulated implementations, one line per component. Stateless.
 */
public final class TopRisks {
    /** The kind of risk, in the order they are read. */
    public enum Kind {
        BLOCKER("Blocker"), VULNERABILITY("Vulnerability"), SIMULATED("Simulated");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One risk: what it is, where (the first finding's file and line), and how many findings it stands for.
     *
     * @param componentId the component it is in, for navigation
     */
    public record Risk(Kind kind, String componentId, String componentName, String summary, String file, int line,
                       int count) {
    }

    private static final String SIMULATED_RULE = "STUB-SIMULATED";

    private TopRisks() {
    }

    /** Every risk of the assessment, most severe first. */
    public static List<Risk> of(Assessment a) {
        List<Risk> blockers = new ArrayList<>();
        List<Risk> vulnerabilities = new ArrayList<>();
        List<Risk> simulated = new ArrayList<>();
        for (ComponentAssessment c : a.components()) {
            String id = c.component().id();
            String name = c.component().name();
            List<String> securityRules = c.deductions().stream().filter(d -> d.isFor(Category.SECURITY))
                    .map(ScoreDeduction::source).toList();
            for (Finding f : c.findings()) {
                if (f.isExempt()) {
                    continue;
                }
                if (f.severity() == Severity.BLOCKER) {
                    blockers.add(new Risk(Kind.BLOCKER, id, name, f.message(), f.file(), f.line(), f.count()));
                } else if (f.category() == Category.SECURITY && f.severity() == Severity.CRITICAL
                        && securityRules.contains(f.ruleId())) {
                    vulnerabilities.add(new Risk(Kind.VULNERABILITY, id, name, f.message(), f.file(), f.line(), f.count()));
                }
            }
            List<Finding> fakes = c.findings().stream().filter(f -> !f.isExempt() && f.ruleId().equals(SIMULATED_RULE))
                    .sorted(Comparator.comparing(Finding::severity)).toList();
            if (!fakes.isEmpty()) {
                int n = fakes.stream().mapToInt(Finding::count).sum();
                simulated.add(new Risk(Kind.SIMULATED, id, name, n + (n == 1 ? " function fakes its work" :
                        " functions fake their work"), fakes.get(0).file(), fakes.get(0).line(), n));
            }
        }
        simulated.sort(Comparator.comparingInt(Risk::count).reversed());
        List<Risk> out = new ArrayList<>(blockers);
        out.addAll(vulnerabilities);
        out.addAll(simulated);
        return out;
    }

    /** How many of each kind, for the line under the list. */
    public static Map<Kind, Long> counts(List<Risk> risks) {
        return risks.stream().collect(Collectors.groupingBy(Risk::kind, () -> new java.util.EnumMap<>(Kind.class),
                Collectors.counting()));
    }
}
