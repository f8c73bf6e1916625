package dev.uplift.model;

/**
 * How much a finding matters. The weight multiplies a finding's remediation effort when it is
 * turned into score points, so one critical finding costs more than five trivial ones.
 */
public enum Severity {
    BLOCKER(10),
    CRITICAL(5),
    MAJOR(2),
    MINOR(1),
    INFO(0);

    private final int weight;

    Severity(int weight) {
        this.weight = weight;
    }

    public int weight() {
        return weight;
    }
}
