package dev.uplift.model.service;

/** The services the views use, handed over together. */
public record Services(AssessmentService assessments, PlanService plans, KpiService kpis, AdvisoryImport advisories,
                       Exports exports, Imports imports, StandardsService standards) {

    /** Without exports or imports. */
    public Services(AssessmentService assessments, PlanService plans, KpiService kpis, AdvisoryImport advisories) {
        this(assessments, plans, kpis, advisories, Exports.NONE, Imports.NONE, StandardsService.NONE);
    }

    /** Without imports. */
    public Services(AssessmentService assessments, PlanService plans, KpiService kpis, AdvisoryImport advisories,
                    Exports exports) {
        this(assessments, plans, kpis, advisories, exports, Imports.NONE, StandardsService.NONE);
    }
}
