package dev.uplift.app.cli;

import dev.uplift.app.AppContext;
import dev.uplift.app.TestRepositories;
import dev.uplift.app.UpliftHome;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Runs CLI commands in-process against a fresh Uplift home and keeps what they printed. As a JUnit
 * extension ({@code @RegisterExtension}) it makes and removes the home around every test.
 */
final class CliRunner implements BeforeEachCallback, AfterEachCallback, AutoCloseable {
    private Path home;
    private boolean ownsHome;
    private AppContext context;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    /** For {@code @RegisterExtension}: the home is made before each test. */
    CliRunner() {
    }

    /** Against a given home, closed by the caller. */
    CliRunner(Path home) {
        open(home);
    }

    private void open(Path uplifthome) {
        home = uplifthome;
        context = new AppContext(new UpliftHome(home), "test-run", TestRepositories.SAMPLE);
    }

    @Override
    public void beforeEach(ExtensionContext extension) throws IOException {
        ownsHome = true;
        open(Files.createTempDirectory("uplift-cli-test"));
    }

    @Override
    public void afterEach(ExtensionContext extension) throws IOException {
        close();
        if (ownsHome) {
            try (Stream<Path> files = Files.walk(home)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
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

    Path home() {
        return home;
    }

    @Override
    public void close() {
        context.close();
    }
}
