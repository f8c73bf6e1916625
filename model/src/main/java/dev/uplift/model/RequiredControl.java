package dev.uplift.model;

/**
 * A control from the readiness checklist that every component must have: it holds while the
 * component has no (unexempted) finding of {@code ruleId}.
 */
public record RequiredControl(String id, String title, String ruleId) {
}
