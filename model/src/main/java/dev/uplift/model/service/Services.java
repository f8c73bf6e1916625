package dev.uplift.model.service;

/** The services the views use, handed over together. */
public record Services(AssessmentService assessments, PlanService plans, KpiService kpis, AdvisoryImport advisories) {
}
