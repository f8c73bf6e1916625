package dev.uplift.model.checklist;

/**
 * One checklist item for the repository.
 *
 * @param evidence what decided the state: a file and line, or why it could not be decided
 */
public record CheckResult(String id, ChecklistArea area, String title, CheckState state, String evidence) {
}
