package dev.uplift.app.cli;

import java.nio.file.Path;

/** Lets tests in other packages run a command line in-process. */
public final class CliHarnessAccess {
    private CliHarnessAccess() {
    }

    public static int run(Path home, String... args) {
        try (CliRunner cli = new CliRunner(home)) {
            return cli.run(args);
        }
    }
}
