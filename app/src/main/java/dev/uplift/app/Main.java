package dev.uplift.app;

import dev.uplift.app.cli.UpliftCli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Entry point for the CLI and the GUI. Deliberately not a JavaFX {@code Application}: on a plain class
 * path that would fail with "JavaFX runtime components are missing".
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv()));
    }

    static int run(String[] args, Map<String, String> env) {
        UpliftHome home = UpliftHome.resolve(env);
        String runId = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        // before the first logger is created: logback reads these when it configures itself
        System.setProperty("uplift.logs", home.logs().toString());
        System.setProperty("uplift.runId", runId);
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        try (AppContext context = new AppContext(home, runId, sampleRepository())) {
            return UpliftCli.execute(context, args, out, err);
        }
    }

    /** The sample the launcher names, else one found beside the working directory. */
    static Path sampleRepository() {
        String configured = System.getProperty("uplift.sample");
        if (configured != null) {
            return Path.of(configured);
        }
        Path local = Path.of("resources", "sample-order-platform");
        return Files.isDirectory(local) ? local.toAbsolutePath() : Path.of(".").toAbsolutePath().normalize();
    }
}
