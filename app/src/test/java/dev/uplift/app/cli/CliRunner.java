package dev.uplift.app.cli;

import dev.uplift.app.AppContext;
import dev.uplift.app.TestRepositories;
import dev.uplift.app.UpliftHome;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs CLI commands in-process against a test home and keeps what they printed. */
final class CliRunner implements AutoCloseable {
    private final AppContext context;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    CliRunner(Path home) {
        context = new AppContext(new UpliftHome(home), "test-run", TestRepositories.SAMPLE);
    }

    /** Runs one command line and returns its exit code; {@link #out()} and {@link #err()} hold its output. */
    int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return UpliftCli.execute(context, args, new PrintWriter(out), new PrintWriter(err));
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }

    @Override
    public void close() {
        context.close();
    }
}
