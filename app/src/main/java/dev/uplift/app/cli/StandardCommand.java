package dev.uplift.app.cli;

import dev.uplift.app.AppContext;
import dev.uplift.app.standard.StandardStore;
import dev.uplift.app.standard.StandardsJson;
import dev.uplift.model.ProductionStandards;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "standard", mixinStandardHelpOptions = true,
        description = "List, import or export production standards (docs/standards.md).",
        subcommands = {StandardCommand.ListStandards.class, StandardCommand.Import.class, StandardCommand.Export.class})
final class StandardCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a subcommand: list, import or export");
    }

    private final AppContext context;

    StandardCommand(AppContext context) {
        this.context = context;
    }

    StandardStore store() {
        return context.assessmentService().standards();
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List stored standards; * marks the active one.")
    static final class ListStandards implements Callable<Integer> {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @picocli.CommandLine.ParentCommand
        StandardCommand parent;

        @Override
        public Integer call() {
            StandardStore store = parent.store();
            String active = store.active().name();
            PrintWriter out = spec.commandLine().getOut();
            store.names().forEach(n -> out.println((n.equals(active) ? "* " : "  ") + n));
            out.flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true, description = "Store a standard from FILE and make it active.")
    static final class Import implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @picocli.CommandLine.ParentCommand
        StandardCommand parent;

        @Override
        public Integer call() {
            ProductionStandards standard = Options.standard(file);
            StandardStore store = parent.store();
            store.save(standard);
            store.activate(standard.name());
            spec.commandLine().getOut().println("Imported and activated the standard '" + standard.name() + "'.");
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Write the standard NAME (default: the active one) to FILE.")
    static final class Export implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        @Parameters(index = "1", arity = "0..1", paramLabel = "NAME")
        String name;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @picocli.CommandLine.ParentCommand
        StandardCommand parent;

        @Override
        public Integer call() throws IOException {
            StandardStore store = parent.store();
            ProductionStandards standard = name == null ? store.active()
                    : store.load(name).orElseThrow(() -> new InputException("no standard named '" + name + "'"));
            Files.writeString(Inputs.outputFile(file), StandardsJson.write(standard));
            spec.commandLine().getOut().println("Wrote the standard '" + standard.name() + "' to " + file);
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
    }
}
