package dev.uplift.model;

/** What a finding or a score is about; {@link #jsonKey()} is its key among exported scores. */
public enum Category {
    CODE_QUALITY("codeQuality", "codeQuality", "Code quality"),
    SECURITY("security", "security", "Security"),
    PERFORMANCE("performance", "performance", "Performance"),
    TESTING("testing", "testCoverage", "Tests & coverage"),
    DOCUMENTATION("documentation", "documentation", "Documentation"),
    ERROR_HANDLING("errorHandling", "errorHandling", "Error handling"),
    OBSERVABILITY("observability", "observability", "Observability"),
    OPERATIONS("operations", "operations", "Operations");

    private final String id;
    private final String jsonKey;
    private final String title;

    Category(String id, String jsonKey, String title) {
        this.id = id;
        this.jsonKey = jsonKey;
        this.title = title;
    }

    /** The category's name in exports and the database, e.g. {@code errorHandling}. */
    public String id() {
        return id;
    }

    /** The category named by {@link #id()}. */
    public static Category fromId(String id) {
        for (Category c : values()) {
            if (c.id.equals(id)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown category: " + id);
    }

    public String jsonKey() {
        return jsonKey;
    }

    public String title() {
        return title;
    }
}
