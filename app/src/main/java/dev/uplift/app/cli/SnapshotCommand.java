package dev.uplift.app.cli;

import dev.uplift.app.AppContext;
import dev.uplift.app.gui.Snapshots;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Renders every main view of a stored assessment to PNG, headless (issue 7's screenshots). */
@Command(name = "snapshot", mixinStandardHelpOptions = true,
        description = "Render every main view for DIR's latest stored assessment to PNG at 1600x1000, without a "
                + "display.")
final class SnapshotCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "The repository folder.")
    Path dir;

    @Option(names = "--out", paramLabel = "FOLDER", required = true, description = "Where the PNG files go.")
    Path out;

    private final AppContext context;
    private final PrintWriter stdout;

    SnapshotCommand(AppContext context, PrintWriter stdout) {
        this.context = context;
        this.stdout = stdout;
    }

    @Override
    public Integer call() throws Exception {
        Path repository = Inputs.repository(dir);
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new InputException(out + " is a file, not a folder");
        }
        if (context.assessmentService().latest(repository).isEmpty()) {
            throw new InputException("no stored assessment of " + repository + "; run 'uplift assess " + dir
                    + "' first");
        }
        Snapshots.useHeadlessPlatform();
        for (Path file : Snapshots.render(context, repository, out)) {
            stdout.println("wrote " + file);
        }
        stdout.flush();
        return ExitCodes.OK;
    }
}
