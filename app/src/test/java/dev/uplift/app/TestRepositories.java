package dev.uplift.app;

import java.nio.file.Path;

/** Paths tests share. */
public final class TestRepositories {
    /** The bundled sample repository (tests run in the app module folder). */
    public static final Path SAMPLE = Path.of("..", "resources", "sample-order-platform").toAbsolutePath().normalize();

    private TestRepositories() {
    }
}
