package dev.uplift.model;

import java.util.List;

/**
 * One rule hit, or the repeated hits of one rule in one file grouped into one finding.
 *
 * @param file        repository-relative path, forward slashes
 * @param line        1-based line (the first occurrence), or 0 when the finding is about the component as a whole
 * @param evidence    a short excerpt of the offending code; secrets are masked before they get here
 * @param effortMinutes what fixing it takes, every occurrence included
 * @param cwe         CWE number or {@code null}
 * @param exemption   why the standard accepts this finding, or {@code null}: an exempt finding is shown
 *                    but costs no points and fails no gate
 * @param occurrences the lines of a grouped finding, in order; empty for a single hit (its line is {@code line})
 * @param review      true when nothing untrusted was traced to it: a point for a reviewer to check, not a
 *                    proven problem (JSON {@code "confidence": "review"}, else {@code "confirmed"})
 * @param trace       for a confirmed data-flow finding, the path from the source to the sink; else empty
 */
public record Finding(String ruleId, Category category, Severity severity, String file, int line,
                      String message, String evidence, int effortMinutes, Integer cwe, String exemption,
                      List<Integer> occurrences, boolean review, List<TraceStep> trace) {
    public static final String CONFIRMED = "confirmed";
    public static final String REVIEW = "review";

    public Finding {
        occurrences = occurrences == null || occurrences.size() <= 1 ? List.of() : List.copyOf(occurrences);
        trace = trace == null ? List.of() : List.copyOf(trace); // findings stored before traces existed
    }

    /** Hits at these lines, confirmed or for review, without a trace. */
    public Finding(String ruleId, Category category, Severity severity, String file, int line, String message,
                   String evidence, int effortMinutes, Integer cwe, String exemption, List<Integer> occurrences,
                   boolean review) {
        this(ruleId, category, severity, file, line, message, evidence, effortMinutes, cwe, exemption, occurrences,
                review, List.of());
    }

    /** A single confirmed hit. */
    public Finding(String ruleId, Category category, Severity severity, String file, int line, String message,
                   String evidence, int effortMinutes, Integer cwe, String exemption) {
        this(ruleId, category, severity, file, line, message, evidence, effortMinutes, cwe, exemption, List.of(), false);
    }

    /** Confirmed hits at these lines. */
    public Finding(String ruleId, Category category, Severity severity, String file, int line, String message,
                   String evidence, int effortMinutes, Integer cwe, String exemption, List<Integer> occurrences) {
        this(ruleId, category, severity, file, line, message, evidence, effortMinutes, cwe, exemption, occurrences, false);
    }

    public static Finding of(Rule rule, String file, int line, String message, String evidence) {
        return new Finding(rule.id(), rule.category(), rule.severity(), file, line, message, evidence,
                rule.remediationMinutes(), rule.cwe(), null);
    }

    /** The finding at another severity, with a word on why appended to its message. */
    public Finding withSeverity(Severity newSeverity, String why) {
        return new Finding(ruleId, category, newSeverity, file, line, message + " (" + why + ")", evidence, effortMinutes,
                cwe, exemption, occurrences, review, trace);
    }

    /** The finding as a point to review: nothing untrusted was traced to it. */
    public Finding asReview() {
        return new Finding(ruleId, category, severity, file, line, message, evidence, effortMinutes, cwe, exemption,
                occurrences, true, List.of());
    }

    public Finding withFile(String newFile) {
        return new Finding(ruleId, category, severity, newFile, line, message, evidence, effortMinutes, cwe, exemption,
                occurrences, review, trace.stream().map(t -> t.file().equals(file) ? new TraceStep(newFile, t.line(),
                t.note()) : t).toList());
    }

    /** The finding with the data flow that confirms it. */
    public Finding withTrace(List<TraceStep> steps) {
        return new Finding(ruleId, category, severity, file, line, message, evidence, effortMinutes, cwe, exemption,
                occurrences, review, steps);
    }

    /** {@value #CONFIRMED} or {@value #REVIEW}, as exports write it. */
    public String confidence() {
        return review ? REVIEW : CONFIRMED;
    }

    public boolean isExempt() {
        return exemption != null;
    }

    /** How many hits it stands for: 1, or its occurrences. */
    public int count() {
        return occurrences.isEmpty() ? 1 : occurrences.size();
    }

    /** Every line it is at: its occurrences, or its one line (none for a component finding). */
    public List<Integer> lines() {
        return !occurrences.isEmpty() ? occurrences : line > 0 ? List.of(line) : List.of();
    }
}
