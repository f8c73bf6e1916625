package dev.uplift.app.cli;

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
        subcommands = BenchCommand.SchedulerBench.class)
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
}
