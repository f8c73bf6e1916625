package dev.uplift.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An accepted finding or rule: it is still shown, but costs no points and fails no gate until it
 * expires. Null fields match anything: a rule-wide exemption names only the rule.
 *
 * @param componentId the component it applies to, or null for every component
 * @param file        the repository-relative file, or null for every file
 * @param line        the line, or null for every line
 * @param expires     the last day it holds, or null for never
 */
public record Exemption(String ruleId, String componentId, String file, Integer line, String reason, String owner,
                        LocalDate expires) {
    public Exemption {
        Objects.requireNonNull(ruleId, "ruleId");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an exemption of " + ruleId + " needs a reason");
        }
    }

    public boolean matches(Finding finding, String findingComponent, LocalDate on) {
        return ruleId.equals(finding.ruleId())
                && (componentId == null || componentId.equals(findingComponent))
                && (file == null || file.equals(finding.file()))
                && (line == null || line == finding.line())
                && (expires == null || !on.isAfter(expires));
    }

    /** How the exemption reads on a finding. */
    public String describe() {
        return reason + (owner == null ? "" : " (" + owner + ")") + (expires == null ? "" : ", until " + expires);
    }
}
