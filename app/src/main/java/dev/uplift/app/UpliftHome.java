package dev.uplift.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Where Uplift keeps its database, logs and settings: {@code $UPLIFT_HOME}, else {@code ~/.uplift}. */
public record UpliftHome(Path path) {

    public static UpliftHome resolve(Map<String, String> env) {
        String configured = env.get("UPLIFT_HOME");
        Path path = configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".uplift");
        return new UpliftHome(path.toAbsolutePath().normalize());
    }

    /** Creates the folders; fails with a message naming the folder when it cannot. */
    public UpliftHome prepare() {
        try {
            Files.createDirectories(path.resolve("logs"));
            return this;
        } catch (IOException e) {
            throw new IllegalStateException("cannot create the Uplift home folder " + path + " (" + e.getMessage()
                    + "); set UPLIFT_HOME to a writable folder", e);
        }
    }

    public Path logs() {
        return path.resolve("logs");
    }
}
