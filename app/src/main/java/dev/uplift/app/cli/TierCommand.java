package dev.uplift.app.cli;

import dev.uplift.app.AppContext;
import dev.uplift.app.service.LocalAssessmentService;
import dev.uplift.model.Assessment;
import dev.uplift.model.ComponentAssessment;
import dev.uplift.model.Tier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** The priority matrix from the command line: lists tiers, or moves a component to another with a reason. */
@Command(name = "tier", mixinStandardHelpOptions = true,
        description = {"List the components of DIR's latest assessment by priority tier, with why each is there.",
                "With COMPONENT TIER --reason TEXT, move the component to that tier by hand (as dragging it on "
                        + "the priority matrix does): kept for later assessments, and the plan is made again."})
final class TierCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "The repository folder.")
    Path dir;

    @Parameters(index = "1", arity = "0..1", paramLabel = "COMPONENT", description = "A component id, as listed.")
    String component;

    @Parameters(index = "2", arity = "0..1", paramLabel = "TIER", description = "P1, P2, P3 or P4.")
    Tier tier;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why the component belongs in that tier.")
    String reason;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final AppContext context;
    private final PrintWriter out;

    TierCommand(AppContext context, PrintWriter out) {
        this.context = context;
        this.out = out;
    }

    @Override
    public Integer call() {
        Path repository = Inputs.repository(dir);
        LocalAssessmentService service = context.assessmentService();
        Assessment a;
        if (component == null) {
            a = service.latest(repository).orElseThrow(() -> new InputException("no stored assessment of " + repository
                    + "; run 'uplift assess " + repository + "' first"));
        } else {
            if (tier == null || reason == null || reason.isBlank()) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "to move a component, give COMPONENT TIER --reason TEXT");
            }
            try {
                a = service.overrideTier(repository, component, tier, reason);
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw new InputException(e.getMessage());
            }
            if (context.planService().latestPlan(repository).isPresent()) {
                context.planService().replan(repository);
                out.println("Moved " + component + " to " + tier + " (" + tier.title() + "); the plan was made again.");
            } else {
                out.println("Moved " + component + " to " + tier + " (" + tier.title() + ").");
            }
        }
        for (Tier t : Tier.values()) {
            out.println(t.name() + " " + t.title());
            for (ComponentAssessment ca : a.components()) {
                if (ca.component().tier() == t) {
                    out.printf(Locale.ROOT, "  %-28s %4.1f  %s%n", ca.component().id(), ca.scores().readiness(),
                            ca.component().tierReason());
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
