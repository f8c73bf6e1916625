package dev.uplift.model.checklist;

/**
 * A check's outcome. {@link #NOT_CHECKED} means code cannot show it either way: it is never healthy,
 * only unknown until someone records evidence.
 */
public enum CheckState {
    PASS, FAIL, NOT_APPLICABLE, NOT_CHECKED
}
