package dev.uplift.model;

/** Where a coverage figure comes from: a real report, or Uplift's estimate from the test layout. */
public enum CoverageSource {
    REPORT("report"),
    ESTIMATED("estimated");

    private final String label;

    CoverageSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
