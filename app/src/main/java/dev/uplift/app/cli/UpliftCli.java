package dev.uplift.app.cli;

import dev.uplift.app.AppContext;
import dev.uplift.app.gui.NoDisplayException;
import dev.uplift.app.store.DatabaseUnavailableException;
import dev.uplift.model.service.CancelledException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;

/** Parses the command line and runs one command; every failure becomes one line and an exit code. */
public final class UpliftCli {
    private static final Logger LOG = LoggerFactory.getLogger(UpliftCli.class);

    @Command(name = "uplift", mixinStandardHelpOptions = true, version = "Uplift 0.1.0",
            description = {"Tells how far a codebase is from production-ready and plans the upgrade.",
                    "Without a command, opens the desktop application on the bundled sample repository."},
            commandListHeading = "%nCommands:%n",
            footer = {"", "UPLIFT_HOME (default ~/.uplift) holds the database, logs and settings.",
                    "Exit codes: 0 done, 1 gate not passed, 2 usage error, 3 input error,",
                    "4 environment error (database in use or damaged, no display), 5 internal error."})
    static final class Root implements Callable<Integer> {
        private final GuiCommand gui;

        Root(GuiCommand gui) {
            this.gui = gui;
        }

        @Override
        public Integer call() throws Exception {
            return gui.call();
        }
    }

    private UpliftCli() {
    }

    /** Runs the command line and returns the exit code. */
    public static int execute(AppContext context, String[] args, PrintWriter out, PrintWriter err) {
        GuiCommand gui = new GuiCommand(context);
        CommandLine cli = new CommandLine(new Root(gui))
                .addSubcommand("gui", gui)
                .addSubcommand("assess", new AssessCommand(context, out, err))
                .addSubcommand("history", new HistoryCommand(context, out))
                .addSubcommand("gate", new GateCommand(context, out))
                .addSubcommand("plan", new PlanCommand(context, out))
                .addSubcommand("schedule", new ScheduleCommand(out))
                .addSubcommand("standard", new StandardCommand(context))
                .addSubcommand("kpi", new KpiCommand(context, out))
                .addSubcommand("checklist", new ChecklistCommand(context, out))
                .addSubcommand("tier", new TierCommand(context, out))
                .addSubcommand("advisories", new AdvisoriesCommand(context))
                .addSubcommand("export", new ExportCommand(context, out))
                .addSubcommand("import", new ImportCommand(context, out))
                .addSubcommand("snapshot", new SnapshotCommand(context, out))
                .addSubcommand("bench", new CommandLine(new BenchCommand())
                        .addSubcommand("calibrate", new BenchCommand.CalibrateBench(context)));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, command, parseResult) -> failure(context, e, err));
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static int failure(AppContext context, Exception e, PrintWriter err) {
        int code;
        String message;
        if (e instanceof InputException) {
            code = ExitCodes.INPUT;
            message = e.getMessage();
        } else if (e instanceof UncheckedIOException || e instanceof java.io.IOException) {
            code = ExitCodes.INPUT;
            message = e.getMessage();
        } else if (e instanceof NoDisplayException) {
            code = ExitCodes.ENVIRONMENT;
            message = e.getMessage();
        } else if (e instanceof DatabaseUnavailableException || e.getCause() instanceof DatabaseUnavailableException) {
            code = ExitCodes.ENVIRONMENT;
            message = e instanceof DatabaseUnavailableException ? e.getMessage() : e.getCause().getMessage();
        } else if (e instanceof CancelledException) {
            code = ExitCodes.CANCELLED;
            message = "cancelled";
        } else {
            code = ExitCodes.INTERNAL;
            message = "internal error (" + e.getClass().getSimpleName() + ": " + e.getMessage() + "); run "
                    + context.runId() + ", details in " + context.home().logs().resolve("uplift.log");
        }
        LOG.error("command failed with exit code {}", code, e);
        err.println("uplift: " + oneLine(message));
        err.flush();
        return code;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ");
    }
}
