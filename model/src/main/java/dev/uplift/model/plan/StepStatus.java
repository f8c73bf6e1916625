package dev.uplift.model.plan;

/** Where a step stands; a later assessment moves steps to verified or regressed. */
public enum StepStatus {
    /** To do. */
    PLANNED,
    /** Its validation criteria held on a later assessment. */
    VERIFIED,
    /** It was verified, and a later assessment found its gap again. */
    REGRESSED,
    /** The user took it out of the plan; it is not scheduled. */
    EXCLUDED
}
