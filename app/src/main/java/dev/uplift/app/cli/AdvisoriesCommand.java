package dev.uplift.app.cli;

import dev.uplift.app.AppContext;
import dev.uplift.app.advisories.AdvisoryService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "advisories", mixinStandardHelpOptions = true,
        description = "Vulnerability advisories (OSV): the shipped snapshot plus what you import.",
        subcommands = {AdvisoriesCommand.Import.class, AdvisoriesCommand.ListAdvisories.class})
final class AdvisoriesCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final AppContext context;

    AdvisoriesCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a subcommand: import or list");
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import OSV advisories from a folder or zip of JSON/YAML files (e.g. an ecosystem's all.zip).")
    static final class Import implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "PATH")
        Path path;

        @picocli.CommandLine.ParentCommand
        AdvisoriesCommand parent;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (!Files.exists(path)) {
                throw new InputException("no such file or folder: " + path);
            }
            AdvisoryService.ImportResult r;
            try {
                r = parent.context.advisoryService().importFrom(path);
            } catch (IOException e) {
                throw new InputException("cannot import " + path + ": " + e.getMessage());
            }
            PrintWriter out = spec.commandLine().getOut();
            out.printf("Imported %d advisories (Maven, PyPI, npm) from %d files; %d files skipped.%n", r.advisories(),
                    r.files(), r.skipped());
            r.problems().forEach(p -> out.println("  skipped " + p));
            out.flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Count the advisories by ecosystem.")
    static final class ListAdvisories implements Callable<Integer> {
        @picocli.CommandLine.ParentCommand
        AdvisoriesCommand parent;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            AdvisoryService service = parent.context.advisoryService();
            out.println("snapshot: " + service.snapshotSize() + " shipped with Uplift");
            service.summary().forEach(out::println);
            out.flush();
            return ExitCodes.OK;
        }
    }
}
