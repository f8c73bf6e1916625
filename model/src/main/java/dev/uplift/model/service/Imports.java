package dev.uplift.model.service;

import java.nio.file.Path;
import java.util.List;

/** Brings a workspace exported on another workstation into this one, for offline review. Thread-safe. */
@FunctionalInterface
public interface Imports {

    /**
     * What an import brought.
     *
     * @param repository where the imported repository's results are kept here; open it to review them
     * @param notes      what was read but deliberately not applied
     */
    record Summary(Path repository, int assessments, int plans, List<String> notes) {
        public Summary {
            notes = List.copyOf(notes);
        }
    }

    /** Imports are not available (tests, or a build without them). */
    Imports NONE = file -> {
        throw new IllegalStateException("imports are not available here");
    };

    /**
     * Imports the workspace file whole, or nothing of it.
     *
     * @throws IllegalArgumentException when the file is not a workspace that can be imported (the message says why)
     */
    Summary importWorkspace(Path file);
}
