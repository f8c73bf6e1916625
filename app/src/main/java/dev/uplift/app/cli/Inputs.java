package dev.uplift.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Checks of command-line inputs that fail with one clear line. */
final class Inputs {
    private Inputs() {
    }

    static Path repository(Path dir) {
        if (!Files.exists(dir)) {
            throw new InputException("no such directory: " + dir);
        }
        if (!Files.isDirectory(dir)) {
            throw new InputException("not a directory: " + dir);
        }
        if (!Files.isReadable(dir) || !Files.isExecutable(dir)) {
            throw new InputException("directory is not readable: " + dir);
        }
        return dir.toAbsolutePath().normalize();
    }

    static Path outputFile(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (Files.isDirectory(abs)) {
            throw new InputException("output is a directory, not a file: " + file);
        }
        Path parent = abs.getParent();
        if (parent != null && Files.exists(parent) && !Files.isWritable(parent)) {
            throw new InputException("cannot write to " + parent);
        }
        return abs;
    }
}
