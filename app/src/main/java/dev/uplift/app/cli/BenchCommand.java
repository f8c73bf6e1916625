package dev.uplift.app.cli;

import dev.uplift.app.bench.AssessmentBenchmark;
import dev.uplift.app.bench.CalibrationBenchmark;
import dev.uplift.app.bench.GuiBenchmark;
import dev.uplift.app.bench.JavaCorpusBenchmark;
import dev.uplift.app.bench.SchedulerBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true, description = "Reproduce the figures in docs/benchmarks.md.",
        subcommands = {BenchCommand.SchedulerBench.class, BenchCommand.JavaBench.class, BenchCommand.AssessBench.class,
                BenchCommand.GuiBench.class, BenchCommand.ViewsBench.class})
final class BenchCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a benchmark, e.g. 'bench scheduler'");
    }

    @Command(name = "scheduler", mixinStandardHelpOptions = true,
            description = "Schedule every PSPLIB .sm instance in DIR and compare with the known optima.")
    static final class SchedulerBench implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "DIR", description = "A folder of PSPLIB single-mode instances (.sm).")
        Path dir;

        @Option(names = "--optima", paramLabel = "FILE", description = "CSV of problem,optimum (e.g. PSPLIB's j30 optima).")
        Path optima;

        @Option(names = "--budget", paramLabel = "N", defaultValue = "5000",
                description = "Schedules generated per instance (default: ${DEFAULT-VALUE}).")
        int budget;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            Inputs.repository(dir);
            if (optima != null && !Files.isRegularFile(optima)) {
                throw new InputException("no such optima file: " + optima);
            }
            PrintWriter out = spec.commandLine().getOut();
            SchedulerBenchmark.report(SchedulerBenchmark.run(dir, optima, budget), out);
            return ExitCodes.OK;
        }
    }

    @Command(name = "java", mixinStandardHelpOptions = true,
            description = "Assess a Java code base (e.g. the JDK's java.base sources) and compare with "
                    + "single-threaded JavaParser parsing of the same files.")
    static final class JavaBench implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "DIR", description = "A folder of Java sources.")
        Path dir;

        @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: every core).")
        Integer threads;

        @Option(names = "--rounds", paramLabel = "N", defaultValue = "3",
                description = "Runs of each side; the last counts, so both are warm (default: ${DEFAULT-VALUE}).")
        int rounds;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            Inputs.repository(dir);
            if (rounds < 1) {
                throw new InputException("--rounds must be at least 1");
            }
            int n = threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads);
            JavaCorpusBenchmark.report(JavaCorpusBenchmark.run(dir, n, rounds), spec.commandLine().getOut());
            return ExitCodes.OK;
        }
    }

    @Command(name = "assess", mixinStandardHelpOptions = true,
            description = "Assess DIR with no cache, --rounds times in one JVM: the first round is the cold "
                    + "figure, the last the warm one.")
    static final class AssessBench implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "DIR", description = "The repository to assess.")
        Path dir;

        @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: every core).")
        Integer threads;

        @Option(names = "--rounds", paramLabel = "N", defaultValue = "1",
                description = "Runs; the first is reported as cold, the last as warm (default: ${DEFAULT-VALUE}).")
        int rounds;

        @Option(names = "--profile", description = "Also print the CPU time of each analysis step (front ends, rules).")
        boolean profile;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            Inputs.repository(dir);
            if (rounds < 1) {
                throw new InputException("--rounds must be at least 1");
            }
            int n = threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads);
            AssessmentBenchmark.report(AssessmentBenchmark.run(dir, n, rounds, profile), spec.commandLine().getOut());
            return ExitCodes.OK;
        }
    }

    @Command(name = "calibrate", mixinStandardHelpOptions = true,
            description = "The calibration table of docs/scoring.md: assess every repository of a corpus file and "
                    + "show its scores and how far the mature ones stand above the deliberately insecure and skeleton ones.")
    static final class CalibrateBench implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "CORPUS", description = "Tab-separated name, group (mature, insecure, "
                + "skeleton), repo, commit; each repository checked out in a folder of its name beside the file.")
        Path corpus;

        @Option(names = "--details", description = "Also list each repository's security findings by rule and severity.")
        boolean details;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        private final dev.uplift.app.AppContext context;

        /** With the application's advisories, so the table judges dependencies as 'assess' does. */
        CalibrateBench(dev.uplift.app.AppContext context) {
            this.context = context;
        }

        @Override
        public Integer call() throws IOException {
            if (!Files.isRegularFile(corpus)) {
                throw new InputException("no such corpus file: " + corpus);
            }
            CalibrationBenchmark.report(CalibrationBenchmark.run(corpus, Runtime.getRuntime().availableProcessors(),
                    context.advisoryService().index()), details, spec.commandLine().getOut());
            return ExitCodes.OK;
        }
    }

    @Command(name = "gui", mixinStandardHelpOptions = true,
            description = "In the real window (needs a display, e.g. Xvfb): the worst JavaFX-thread stall while a "
                    + "generated repository is assessed, and the time to open its stored assessment.")
    static final class GuiBench implements Callable<Integer> {
        @Option(names = "--findings", paramLabel = "N", defaultValue = "50000",
                description = "Findings in the generated repository (default: ${DEFAULT-VALUE}).")
        int findings;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (findings < 1) {
                throw new InputException("--findings must be at least 1");
            }
            try {
                GuiBenchmark.report(GuiBenchmark.run(findings), spec.commandLine().getOut());
            } catch (RuntimeException e) {
                if (String.valueOf(e.getMessage()).contains("DISPLAY")) {
                    throw new dev.uplift.app.gui.NoDisplayException("cannot open a window (" + e.getMessage()
                            + "); run it under a display, e.g. xvfb-run ./uplift bench gui", e);
                }
                throw e;
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "views", mixinStandardHelpOptions = true,
            description = "Headless: time each view interaction (switch views, filter and sort findings, select, zoom) "
                    + "on DIR, or on a generated repository of many components; target 100 ms each.")
    static final class ViewsBench implements Callable<Integer> {
        @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "A repository (default: generated).")
        Path dir;

        @Option(names = "--components", paramLabel = "N", defaultValue = "200",
                description = "Components of the generated repository (default: ${DEFAULT-VALUE}).")
        int components;

        @Option(names = "--findings", paramLabel = "N", defaultValue = "250",
                description = "Findings per generated component (default: ${DEFAULT-VALUE}).")
        int findings;

        @Option(names = "--repeats", paramLabel = "N", defaultValue = "5",
                description = "Times each interaction is timed; the median and the worst are reported "
                        + "(default: ${DEFAULT-VALUE}).")
        int repeats;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (dir != null) {
                Inputs.repository(dir);
            }
            if (components < 1 || findings < 1 || repeats < 1) {
                throw new InputException("--components, --findings and --repeats must be at least 1");
            }
            dev.uplift.app.gui.Snapshots.useHeadlessPlatform();
            dev.uplift.app.bench.InteractionBenchmark.report(dev.uplift.app.bench.InteractionBenchmark.run(
                    dir == null ? null : dir.toAbsolutePath().normalize(), components, findings, repeats),
                    spec.commandLine().getOut());
            return ExitCodes.OK;
        }
    }
}
