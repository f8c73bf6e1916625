package dev.uplift.model;

/** What a finding or a score is about; {@link #jsonKey()} is the key used in exported scores. */
public enum Category {
    CODE_QUALITY("codeQuality", "Code quality"),
    SECURITY("security", "Security"),
    PERFORMANCE("performance", "Performance"),
    TESTING("testCoverage", "Tests & coverage"),
    DOCUMENTATION("documentation", "Documentation"),
    ERROR_HANDLING("errorHandling", "Error handling"),
    OBSERVABILITY("observability", "Observability"),
    OPERATIONS("operations", "Operations");

    private final String jsonKey;
    private final String title;

    Category(String jsonKey, String title) {
        this.jsonKey = jsonKey;
        this.title = title;
    }

    public String jsonKey() {
        return jsonKey;
    }

    public String title() {
        return title;
    }
}
