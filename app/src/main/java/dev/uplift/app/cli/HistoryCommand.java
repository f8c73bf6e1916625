package dev.uplift.app.cli;

import dev.uplift.app.AppContext;
import dev.uplift.model.AssessmentSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "history", mixinStandardHelpOptions = true,
        description = "List the stored assessments of a repository, newest first: date and time, commit, readiness.")
final class HistoryCommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    @Parameters(index = "0", paramLabel = "DIR", description = "The repository folder.")
    Path dir;

    private final AppContext context;
    private final PrintWriter out;

    HistoryCommand(AppContext context, PrintWriter out) {
        this.context = context;
        this.out = out;
    }

    @Override
    public Integer call() {
        Path repository = Inputs.repository(dir);
        List<AssessmentSummary> history = context.assessmentService().history(repository);
        if (history.isEmpty()) {
            out.println("No stored assessments of " + repository + ". Run: uplift assess " + dir);
        }
        for (AssessmentSummary s : history) {
            out.printf(Locale.ROOT, "%s  %-12s  readiness %4.1f  %3d components  %5d findings  %s%n",
                    WHEN.format(s.assessedAt()), s.commit() == null ? "-" : s.commit().substring(0, 12),
                    s.readiness(), s.components(), s.findings(), s.id());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
