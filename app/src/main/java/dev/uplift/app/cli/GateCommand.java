package dev.uplift.app.cli;

import dev.uplift.app.AppContext;
import dev.uplift.app.service.LocalAssessmentService;
import dev.uplift.model.Assessment;
import dev.uplift.model.ProductionStandards;
import dev.uplift.model.gate.Gate;
import dev.uplift.model.gate.Shortfall;
import dev.uplift.model.service.Cancellation;
import dev.uplift.model.service.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "gate", mixinStandardHelpOptions = true,
        description = "Assess DIR and check it against the standard: exit 0 when all holds, 1 with a list of what falls short.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the standard is met", "1:something falls short (listed)", "2:usage error", "3:input error",
                "4:environment error", "5:internal error"})
final class GateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "The repository folder.")
    Path dir;

    @Option(names = "--standard", paramLabel = "FILE", description = "Judge against this standard (default: the active one).")
    Path standardFile;

    private final AppContext context;
    private final PrintWriter out;

    GateCommand(AppContext context, PrintWriter out) {
        this.context = context;
        this.out = out;
    }

    @Override
    public Integer call() {
        Path repository = Inputs.repository(dir);
        LocalAssessmentService service = context.assessmentService();
        ProductionStandards standard = standardFile == null ? service.standard() : Options.standard(standardFile);
        Assessment a = service.assess(repository, standard, ProgressListener.NONE, Cancellation.NEVER);
        List<Shortfall> shortfalls = Gate.evaluate(a, standard);
        if (shortfalls.isEmpty()) {
            out.printf("Gate passed: %s meets the standard '%s' (%d components).%n", a.repository(), standard.name(),
                    a.components().size());
            out.flush();
            return ExitCodes.OK;
        }
        Map<String, List<Shortfall>> byComponent = new LinkedHashMap<>();
        shortfalls.forEach(s -> byComponent.computeIfAbsent(s.componentName(), k -> new java.util.ArrayList<>()).add(s));
        out.printf("Gate failed: %d shortfalls in %d of %d components against the standard '%s'.%n%n", shortfalls.size(),
                byComponent.size(), a.components().size(), standard.name());
        byComponent.forEach((component, list) -> {
            out.println(component);
            list.forEach(s -> out.println("  - " + s.detail()));
        });
        out.flush();
        return ExitCodes.GATE_FAILED;
    }
}
