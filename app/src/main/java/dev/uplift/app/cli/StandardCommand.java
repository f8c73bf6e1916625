package dev.uplift.app.cli;

import dev.uplift.app.AppContext;
import dev.uplift.app.standard.StandardStore;
import dev.uplift.app.standard.StandardsJson;
import dev.uplift.model.Exemption;
import dev.uplift.model.ProductionStandards;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

@Command(name = "standard", mixinStandardHelpOptions = true,
        description = "List, import or export production standards (docs/standards.md).",
        subcommands = {StandardCommand.ListStandards.class, StandardCommand.Import.class, StandardCommand.Export.class,
                StandardCommand.Exempt.class})
final class StandardCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a subcommand: list, import, export or exempt");
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

    @Command(name = "exempt", mixinStandardHelpOptions = true, description = {"Accept findings of RULE: add an exemption "
            + "with its reason to the active standard (as Exempt this finding… in the findings view does).",
            "Narrow it with --component, --file and --line; it applies from the next assessment on."})
    static final class Exempt implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "RULE", description = "The rule id, e.g. SEC-WEAK-HASH.")
        String rule;

        @picocli.CommandLine.Option(names = "--reason", required = true, paramLabel = "TEXT",
                description = "Why the finding is acceptable.")
        String reason;

        @picocli.CommandLine.Option(names = "--component", paramLabel = "ID", description = "Only in this component.")
        String component;

        @picocli.CommandLine.Option(names = "--file", paramLabel = "PATH", description = "Only in this repository-relative file.")
        String file;

        @picocli.CommandLine.Option(names = "--line", paramLabel = "N", description = "Only on this line.")
        Integer line;

        @picocli.CommandLine.Option(names = "--owner", paramLabel = "NAME", description = "Who accepted it.")
        String owner;

        @picocli.CommandLine.Option(names = "--until", paramLabel = "DATE", description = "The last day it holds (YYYY-MM-DD).")
        LocalDate until;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @picocli.CommandLine.ParentCommand
        StandardCommand parent;

        @Override
        public Integer call() {
            if (reason.isBlank()) {
                throw new InputException("--reason must say why the finding is acceptable");
            }
            ProductionStandards standard = parent.context.assessmentService().exempt(new Exemption(rule,
                    component, file, line, reason.strip(), owner, until));
            spec.commandLine().getOut().println("Added the exemption of " + rule + " to the standard '" + standard.name()
                    + "'; it applies from the next assessment on.");
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
    }
}
