package dev.uplift.model;

import java.util.Objects;

/**
 * One check an analyzer makes.
 *
 * @param name a short name for lists and plan steps, e.g. "Stub functions"
 * @param cwe  the CWE number where one applies, else {@code null}
 */
public record Rule(String id, String name, Category category, Severity severity, int remediationMinutes, Integer cwe,
                   String description, String fix) {
    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(severity, "severity");
    }
}
