package dev.uplift.model;

/**
 * One rule hit.
 *
 * @param file     repository-relative path, forward slashes
 * @param line     1-based line, or 0 when the finding is about the component as a whole
 * @param evidence a short excerpt of the offending code; secrets are masked before they get here
 * @param cwe      CWE number or {@code null}
 * @param exemption why the standard accepts this finding, or {@code null}: an exempt finding is shown
 *                  but costs no points and fails no gate
 */
public record Finding(String ruleId, Category category, Severity severity, String file, int line,
                      String message, String evidence, int effortMinutes, Integer cwe, String exemption) {

    public static Finding of(Rule rule, String file, int line, String message, String evidence) {
        return new Finding(rule.id(), rule.category(), rule.severity(), file, line, message, evidence,
                rule.remediationMinutes(), rule.cwe(), null);
    }

    /** The finding at another severity, with a word on why appended to its message. */
    public Finding withSeverity(Severity newSeverity, String why) {
        return new Finding(ruleId, category, newSeverity, file, line, message + " (" + why + ")", evidence, effortMinutes,
                cwe, exemption);
    }

    public Finding withFile(String newFile) {
        return new Finding(ruleId, category, severity, newFile, line, message, evidence, effortMinutes, cwe, exemption);
    }

    public boolean isExempt() {
        return exemption != null;
    }
}
