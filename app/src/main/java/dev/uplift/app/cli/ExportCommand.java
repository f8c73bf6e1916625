package dev.uplift.app.cli;

import dev.uplift.app.AppContext;
import dev.uplift.model.service.Exports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * Writes the stored results of a repository for other tools, without assessing again: findings as
 * SARIF (code hosts, IDEs) and CSV (spreadsheets, trackers), the plan as CSV.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the stored results of DIR for other tools and workstations: a PDF report, workspace JSON, SARIF "
                + "2.1.0, CSV and Microsoft Project XML.")
final class ExportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "The repository folder.")
    Path dir;

    @Option(names = "--pdf", paramLabel = "FILE",
            description = "The report for management: summary, charts, priority matrix, timeline, a page per component, "
                    + "the plan and the rules.")
    Path pdf;

    @Option(names = "--json", paramLabel = "FILE",
            description = "The whole workspace (assessments, plans, edits, evidence, KPIs, standards) for "
                    + "'uplift import' on another workstation.")
    Path json;

    @Option(names = "--sarif", paramLabel = "FILE", description = "The findings as SARIF 2.1.0.")
    Path sarif;

    @Option(names = "--findings-csv", paramLabel = "FILE", description = "The findings, one CSV row each.")
    Path findingsCsv;

    @Option(names = "--plan-csv", paramLabel = "FILE", description = "The plan's steps, one CSV row each.")
    Path planCsv;

    @Option(names = "--msproject", paramLabel = "FILE",
            description = "The plan as Microsoft Project XML (tasks, durations, predecessors, resources).")
    Path msProject;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final AppContext context;
    private final PrintWriter out;

    ExportCommand(AppContext context, PrintWriter out) {
        this.context = context;
        this.out = out;
    }

    @Override
    public Integer call() {
        if (pdf == null && json == null && sarif == null && findingsCsv == null && planCsv == null && msProject == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name at least one export: "
                    + "--pdf FILE, --json FILE, --sarif FILE, --findings-csv FILE, --plan-csv FILE or --msproject FILE");
        }
        Path repository = Inputs.repository(dir);
        Path pdfFile = pdf == null ? null : Inputs.outputFile(pdf);
        Path jsonFile = json == null ? null : Inputs.outputFile(json);
        Path sarifFile = sarif == null ? null : Inputs.outputFile(sarif);
        Path findingsFile = findingsCsv == null ? null : Inputs.outputFile(findingsCsv);
        Path planFile = planCsv == null ? null : Inputs.outputFile(planCsv);
        Path projectFile = msProject == null ? null : Inputs.outputFile(msProject);
        Exports exports = context.exports();
        try {
            // the plan first: where there is a plan there is its assessment, so nothing is left half-written
            if (planFile != null) {
                exports.export(Exports.Format.PLAN_CSV, repository, planFile);
                out.println("Plan CSV written to " + planFile);
            }
            if (projectFile != null) {
                exports.export(Exports.Format.MS_PROJECT, repository, projectFile);
                out.println("Microsoft Project XML written to " + projectFile);
            }
            if (pdfFile != null) {
                exports.export(Exports.Format.PDF_REPORT, repository, pdfFile);
                out.println("PDF report written to " + pdfFile);
            }
            if (jsonFile != null) {
                exports.export(Exports.Format.WORKSPACE_JSON, repository, jsonFile);
                out.println("Workspace JSON written to " + jsonFile);
            }
            if (sarifFile != null) {
                exports.export(Exports.Format.SARIF, repository, sarifFile);
                out.println("SARIF written to " + sarifFile);
            }
            if (findingsFile != null) {
                exports.export(Exports.Format.FINDINGS_CSV, repository, findingsFile);
                out.println("Findings CSV written to " + findingsFile);
            }
        } catch (IllegalStateException e) { // nothing stored to export
            throw new InputException(e.getMessage());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
