package dev.uplift.model.checklist;

/** The ten areas of operational readiness. */
public enum ChecklistArea {
    CODE_ROBUSTNESS("Code robustness"),
    ERROR_HANDLING("Error handling & resilience"),
    MONITORING("Monitoring & observability"),
    SCALABILITY("Scalability & performance"),
    SECURITY_CONTROLS("Security controls"),
    DATA_INTEGRITY("Data integrity"),
    CONFIGURATION("Configuration & secrets"),
    TESTING("Testing"),
    DOCUMENTATION("Documentation & runbooks"),
    DEPLOYMENT("Deployment & release");

    private final String title;

    ChecklistArea(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
