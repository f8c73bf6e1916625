package dev.uplift.model.plan;

/** How likely a step is to break something: refactoring untested or much-used code is high. */
public enum Risk {
    LOW, MEDIUM, HIGH
}
