package dev.uplift.model.plan;

/**
 * A step a time-boxed plan leaves out, and why: it did not fit, or it waits for a step that did not.
 */
public record DeferredStep(UpgradeStep step, String reason) {
}
