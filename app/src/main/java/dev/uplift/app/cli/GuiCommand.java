package dev.uplift.app.cli;

import dev.uplift.app.AppContext;
import dev.uplift.app.gui.GuiLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "gui", mixinStandardHelpOptions = true,
        description = "Open the desktop application on DIR if given, else on the repository opened last, else on the "
                + "bundled sample repository.")
final class GuiCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "The repository folder to open.")
    Path dir;

    private final AppContext context;

    GuiCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        Path repository = dir != null ? Inputs.repository(dir) : lastOpened().orElse(context.sampleRepository());
        GuiLauncher.runUntilClosed(context, repository);
        return ExitCodes.OK;
    }

    /** The repository opened last that is still a folder here (a moved or deleted one is passed over). */
    private Optional<Path> lastOpened() {
        try {
            return context.assessmentService().recentRepositories().stream().filter(Files::isDirectory)
                    .findFirst();
        } catch (RuntimeException databaseTrouble) {
            return Optional.empty(); // the window reports the database's trouble itself
        }
    }
}
