package dev.uplift.app.cli;

import dev.uplift.app.AppContext;
import dev.uplift.app.export.AssessmentJson;
import dev.uplift.app.export.ComponentSummaryCsv;
import dev.uplift.app.service.LocalAssessmentService;
import dev.uplift.model.Assessment;
import dev.uplift.model.ProductionStandards;
import dev.uplift.model.Thresholds;
import dev.uplift.model.checklist.CheckState;
import dev.uplift.model.service.Cancellation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "assess", mixinStandardHelpOptions = true,
        description = "Assess a repository, print a summary table and store the assessment.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done (also with warnings)", "2:usage error", "3:input error (not a directory, unreadable)",
                "4:environment error (database in use or damaged)", "5:internal error (see the log)"})
final class AssessCommand implements Callable<Integer> {
    private static final int WARNINGS_SHOWN = 5;

    @Parameters(index = "0", paramLabel = "DIR", description = "The repository folder to assess.")
    Path dir;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the assessment as JSON (docs/cli.md).")
    Path json;

    @Option(names = "--csv", paramLabel = "FILE", description = "Also write one CSV row per component with its scores.")
    Path csv;

    @Option(names = "--standard", paramLabel = "FILE",
            description = "Judge against this standard (stored, not made active; default: the active standard).")
    Path standardFile;

    @Option(names = "--coverage", paramLabel = "FILE",
            description = "A JaCoCo, Cobertura or lcov report to read besides those found in the repository.")
    List<Path> coverage = new ArrayList<>();

    @Option(names = "--history-months", paramLabel = "N", defaultValue = "12",
            description = "Months of git history for churn and hotspots (default: ${DEFAULT-VALUE}).")
    int historyMonths;

    private final AppContext context;
    private final PrintWriter out;
    private final PrintWriter err;

    AssessCommand(AppContext context, PrintWriter out, PrintWriter err) {
        this.context = context;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws IOException {
        Path repository = Inputs.repository(dir);
        Path jsonFile = json == null ? null : Inputs.outputFile(json);
        Path csvFile = csv == null ? null : Inputs.outputFile(csv);
        ProductionStandards chosen = standardFile == null ? null : Options.standard(standardFile);
        LocalAssessmentService service = context.assessmentService();
        ProductionStandards standard = chosen == null ? service.standard() : chosen;
        if (chosen != null) {
            service.standards().save(chosen);
        }
        long start = System.nanoTime();
        for (Path report : coverage) {
            if (!Files.isRegularFile(report)) {
                throw new InputException("no such coverage report: " + report);
            }
        }
        if (historyMonths < 1 || historyMonths > 240) {
            throw new InputException("--history-months takes 1 to 240");
        }
        Assessment a = service.assess(repository, standard, coverage.stream().map(Path::toAbsolutePath).toList(),
                historyMonths, new ConsoleProgress(err), Cancellation.NEVER);
        double seconds = (System.nanoTime() - start) / 1e9;

        out.printf("Uplift assessment of %s%s%n", a.repository(), a.commit() == null ? "" : " (commit "
                + a.commit().substring(0, 12) + ")");
        out.printf("%d components, %d findings, %d warnings, %.1f s%n%n", a.components().size(), a.findingCount(),
                a.warnings().size(), seconds);
        out.print(SummaryTable.render(a, standard));
        Thresholds t = standard.thresholds();
        out.printf("%n~ coverage estimated from the test layout (no coverage report found for the component)%n");
        out.printf("* below the standard '%s' (quality %.1f, security %.1f, performance %.1f, coverage %.0f %%, "
                        + "docs %.1f%s)%n", standard.name(), t.codeQuality(), t.security(), t.performance(),
                t.testCoverage(), t.documentation(), standard.tierOverrides().isEmpty() ? "" : "; tiers may differ");
        out.printf("Readiness checklist: %d pass, %d fail, %d not applicable, %d not checked (details in the JSON and "
                        + "the GUI).%n", a.count(CheckState.PASS), a.count(CheckState.FAIL), a.count(CheckState.NOT_APPLICABLE),
                a.count(CheckState.NOT_CHECKED));
        out.printf("Readiness %s / 10. Stored as assessment %s.%n", SummaryTable.fmt(a.readiness()), a.id());
        if (jsonFile != null) {
            AssessmentJson.write(a, jsonFile);
            out.println("JSON written to " + jsonFile);
        }
        if (csvFile != null) {
            ComponentSummaryCsv.write(a, csvFile);
            out.println("CSV written to " + csvFile);
        }
        if (!a.warnings().isEmpty()) {
            err.printf("%d warning(s)%s:%n", a.warnings().size(), a.warnings().size() > WARNINGS_SHOWN
                    ? " (the first " + WARNINGS_SHOWN + "; all are in the JSON and the GUI)" : "");
            a.warnings().stream().limit(WARNINGS_SHOWN).forEach(w -> err.println("  " + w.file() + ": " + w.message()));
        }
        out.flush();
        err.flush();
        return ExitCodes.OK;
    }
}
