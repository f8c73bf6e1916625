package dev.uplift.app.cli;

import dev.uplift.app.AppContext;
import dev.uplift.app.service.LocalAssessmentService;
import dev.uplift.model.Assessment;
import dev.uplift.model.checklist.CheckResult;
import dev.uplift.model.service.Cancellation;
import dev.uplift.model.service.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "checklist", mixinStandardHelpOptions = true,
        description = {"Show the operational readiness checklist of the latest assessment (assessing first if there "
                + "is none).", "--evidence records what code cannot show; it appears from the next assessment on."})
final class ChecklistCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "The repository folder.")
    Path dir;

    @Option(names = "--evidence", paramLabel = "CHECK=TEXT", description = "Record evidence, e.g. "
            + "backups=\"restore tested 2026-11-20, runbook#restore\".")
    List<String> evidence = new ArrayList<>();

    @Option(names = "--clear", paramLabel = "CHECK", description = "Remove recorded evidence.")
    List<String> clear = new ArrayList<>();

    private final AppContext context;
    private final PrintWriter out;

    ChecklistCommand(AppContext context, PrintWriter out) {
        this.context = context;
        this.out = out;
    }

    @Override
    public Integer call() {
        Path repository = Inputs.repository(dir);
        LocalAssessmentService service = context.assessmentService();
        Map<String, String> notes = Options.pairs(evidence, "--evidence", s -> s);
        boolean changed = !notes.isEmpty() || !clear.isEmpty();
        notes.forEach((check, note) -> service.recordEvidence(repository, check, note.strip()));
        clear.forEach(check -> service.recordEvidence(repository, check, null));
        Assessment a = changed || service.latest(repository).isEmpty()
                ? service.assess(repository, ProgressListener.NONE, Cancellation.NEVER)
                : service.latest(repository).get();
        for (CheckResult c : a.checklist()) {
            out.printf(Locale.ROOT, "%-14s %-30s %-48s %s%s%n", c.state().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    c.id(), c.title(), c.evidence(), c.manualEvidence() == null ? "" : "  [recorded: " + c.manualEvidence() + "]");
        }
        out.flush();
        return ExitCodes.OK;
    }
}
