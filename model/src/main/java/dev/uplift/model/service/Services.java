package dev.uplift.model.service;

/** The services the views use, handed over together. */
public record Services(AssessmentService assessments, PlanService plans, KpiService kpis, AdvisoryImport advisories,
                       Exports exports) {

    /** Without exports. */
    public Services(AssessmentService assessments, PlanService plans, KpiService kpis, AdvisoryImport advisories) {
        this(assessments, plans, kpis, advisories, Exports.NONE);
    }
}
