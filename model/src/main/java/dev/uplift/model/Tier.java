package dev.uplift.model;

/** The seed design's priority matrix: which components are upgraded first. */
public enum Tier {
    P1("Critical infrastructure"),
    P2("Core business logic"),
    P3("Integration & UI"),
    P4("Advanced features");

    private final String title;

    Tier(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
