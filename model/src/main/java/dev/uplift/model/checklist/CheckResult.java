package dev.uplift.model.checklist;

/**
 * One checklist item for the repository.
 *
 * @param evidence       what decided the state: a file and line, or why it could not be decided
 * @param manualEvidence what a person recorded for it (e.g. "load test on 2026-11-20, link"), or null;
 *                       shown beside the automatic result, never changing it
 */
public record CheckResult(String id, ChecklistArea area, String title, CheckState state, String evidence,
                          String manualEvidence) {
    /** The repository check that a secret scanner runs on every change; a leaked secret's step waits for it. */
    public static final String SECRET_SCANNING = "secret-scanning";

    public CheckResult(String id, ChecklistArea area, String title, CheckState state, String evidence) {
        this(id, area, title, state, evidence, null);
    }

    public CheckResult withManualEvidence(String note) {
        return new CheckResult(id, area, title, state, evidence, note);
    }
}
