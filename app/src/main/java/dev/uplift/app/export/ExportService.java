package dev.uplift.app.export;

import dev.uplift.analysis.engine.AssessmentEngine;
import dev.uplift.app.plan.MsProjectXml;
import dev.uplift.app.plan.PlanCsv;
import dev.uplift.app.service.LocalAssessmentService;
import dev.uplift.app.service.LocalPlanService;
import dev.uplift.app.report.PdfReport;
import dev.uplift.app.report.ReportContent;
import dev.uplift.app.workspace.WorkspaceExport;
import dev.uplift.model.ProductionStandards;
import dev.uplift.model.Assessment;
import dev.uplift.model.plan.UpgradePlan;
import dev.uplift.model.service.Exports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;

/** The exports of the command line and the GUI, from what is stored: nothing is assessed again. */
public final class ExportService implements Exports {
    private final LocalAssessmentService assessments;
    private final LocalPlanService plans;
    private final WorkspaceExport workspace;

    public ExportService(LocalAssessmentService assessments, LocalPlanService plans, WorkspaceExport workspace) {
        this.assessments = assessments;
        this.plans = plans;
        this.workspace = workspace;
    }

    @Override
    public void export(Format format, Path repository, Path file) {
        try {
            switch (format) {
                case PDF_REPORT -> PdfReport.write(report(repository), file);
                case WORKSPACE_JSON -> workspace.write(LocalAssessmentService.key(repository), file);
                case SARIF -> SarifReport.write(latest(repository), AssessmentEngine.VERSION, file);
                case FINDINGS_CSV -> FindingsCsv.write(latest(repository), file);
                case PLAN_CSV -> PlanCsv.write(latestPlan(repository), file);
                case MS_PROJECT -> MsProjectXml.write(latestPlan(repository), file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The latest assessment with its plan (if any) and the standard it was judged against. */
    private ReportContent report(Path repository) {
        Assessment assessment = latest(repository);
        UpgradePlan plan = plans.latestPlan(repository).filter(p -> p.assessmentId().equals(assessment.id()))
                .orElse(null);
        ProductionStandards standard = assessments.standards().load(assessment.standard())
                .orElse(assessments.standard());
        return new ReportContent(assessment, plan, standard, assessments.rules(), Instant.now(), AssessmentEngine.VERSION);
    }

    private UpgradePlan latestPlan(Path repository) {
        return plans.latestPlan(repository).orElseThrow(() -> new IllegalStateException(
                "no stored plan of " + repository + "; run 'uplift plan " + repository + "' first"));
    }

    private Assessment latest(Path repository) {
        return assessments.latest(repository).orElseThrow(() -> new IllegalStateException(
                "no stored assessment of " + repository + "; run 'uplift assess " + repository + "' first"));
    }
}
