package dev.uplift.app.cli;

import dev.uplift.analysis.engine.AssessmentEngine;
import dev.uplift.app.AppContext;
import dev.uplift.app.export.FindingsCsv;
import dev.uplift.app.export.SarifReport;
import dev.uplift.app.plan.PlanCsv;
import dev.uplift.model.Assessment;
import dev.uplift.model.plan.UpgradePlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * Writes the stored results of a repository for other tools, without assessing again: findings as
 * SARIF (code hosts, IDEs) and CSV (spreadsheets, trackers), the plan as CSV.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the latest stored assessment and plan of DIR for other tools: SARIF 2.1.0 and CSV.")
final class ExportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "The repository folder.")
    Path dir;

    @Option(names = "--sarif", paramLabel = "FILE", description = "The findings as SARIF 2.1.0.")
    Path sarif;

    @Option(names = "--findings-csv", paramLabel = "FILE", description = "The findings, one CSV row each.")
    Path findingsCsv;

    @Option(names = "--plan-csv", paramLabel = "FILE", description = "The plan's steps, one CSV row each.")
    Path planCsv;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final AppContext context;
    private final PrintWriter out;

    ExportCommand(AppContext context, PrintWriter out) {
        this.context = context;
        this.out = out;
    }

    @Override
    public Integer call() throws IOException {
        if (sarif == null && findingsCsv == null && planCsv == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "name at least one export: --sarif FILE, --findings-csv FILE or --plan-csv FILE");
        }
        Path repository = Inputs.repository(dir);
        Path sarifFile = sarif == null ? null : Inputs.outputFile(sarif);
        Path findingsFile = findingsCsv == null ? null : Inputs.outputFile(findingsCsv);
        Path planFile = planCsv == null ? null : Inputs.outputFile(planCsv);
        Assessment assessment = context.assessmentService().latest(repository).orElseThrow(() -> new InputException(
                "no stored assessment of " + repository + "; run 'uplift assess " + dir + "' first"));
        UpgradePlan plan = null;
        if (planFile != null) {
            plan = context.planService().latestPlan(repository).orElseThrow(() -> new InputException(
                    "no stored plan of " + repository + "; run 'uplift plan " + dir + "' first"));
        }
        if (sarifFile != null) {
            SarifReport.write(assessment, AssessmentEngine.VERSION, sarifFile);
            out.println("SARIF written to " + sarifFile);
        }
        if (findingsFile != null) {
            FindingsCsv.write(assessment, findingsFile);
            out.println("Findings CSV written to " + findingsFile);
        }
        if (planFile != null) {
            PlanCsv.write(plan, planFile);
            out.println("Plan CSV written to " + planFile);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
