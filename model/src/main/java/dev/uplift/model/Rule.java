package dev.uplift.model;

import java.util.Objects;

/**
 * One check an analyzer makes.
 *
 * @param cwe the CWE number where one applies, else {@code null}
 */
public record Rule(String id, Category category, Severity severity, int remediationMinutes, Integer cwe,
                   String description, String fix) {
    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(severity, "severity");
    }
}
