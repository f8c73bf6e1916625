package dev.uplift.model.service;

import java.nio.file.Path;

/** Imports vulnerability advisories (OSV) for offline matching. Implementations are thread-safe. */
@FunctionalInterface
public interface AdvisoryImport {

    /** What an import did. */
    record Summary(int files, int advisories, int skipped) {
    }

    /**
     * Imports every OSV file of a folder or zip.
     *
     * @throws java.io.UncheckedIOException when the source cannot be read as a folder or zip
     */
    Summary importFrom(Path source);
}
