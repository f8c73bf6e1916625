package dev.uplift.app.cli;

import dev.uplift.app.AppContext;
import dev.uplift.app.workspace.InvalidWorkspaceException;
import dev.uplift.app.workspace.WorkspaceImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Imports a workspace exported on another workstation ({@code export --json}), whole or not at all. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a workspace file written by 'uplift export DIR --json FILE' on another workstation: "
                + "its assessments, plans, edits, evidence, KPIs and standards, all or nothing.")
final class ImportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.json", description = "The workspace file.")
    Path file;

    @Option(names = "--repository", paramLabel = "DIR",
            description = "Your checkout of the same repository, to keep the results under it (default: a folder "
                    + "of its own under UPLIFT_HOME/imported).")
    Path checkout;

    private final AppContext context;
    private final PrintWriter out;

    ImportCommand(AppContext context, PrintWriter out) {
        this.context = context;
        this.out = out;
    }

    @Override
    public Integer call() {
        Path target = checkout == null ? null : Inputs.repository(checkout);
        WorkspaceImport.Result result;
        try {
            result = context.importWorkspace(file.toAbsolutePath().normalize(), target);
        } catch (InvalidWorkspaceException e) {
            throw new InputException("nothing imported: " + e.getMessage());
        }
        var c = result.contents();
        out.printf("Imported %s: %d assessments, %d plan versions, %d plan edits, %d tier overrides, %d evidence notes, "
                        + "%d KPI measurements, %d standards.%n", c.repository(), c.assessments(), c.plans(), c.edits(),
                c.tierOverrides(), c.evidence(), c.kpis(), c.standards());
        result.notes().forEach(n -> out.println("Note: " + n));
        out.println("Review it with: uplift gui " + result.repository());
        out.flush();
        return ExitCodes.OK;
    }
}
