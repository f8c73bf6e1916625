package dev.uplift.model.service;

import java.nio.file.Path;

/** Writes a repository's stored results for other tools. Implementations are thread-safe. */
@FunctionalInterface
public interface Exports {

    /** What can be exported, with its menu title and file extension. */
    enum Format {
        PDF_REPORT("Report as PDF…", "pdf", "report"),
        WORKSPACE_JSON("Workspace as JSON (for another workstation)…", "json", "workspace"),
        SARIF("Findings as SARIF 2.1.0…", "sarif", "findings"),
        FINDINGS_CSV("Findings as CSV…", "csv", "findings"),
        PLAN_CSV("Plan as CSV…", "csv", "plan"),
        MS_PROJECT("Plan as Microsoft Project XML…", "xml", "plan");

        private final String title;
        private final String extension;
        private final String content;

        Format(String title, String extension, String content) {
            this.title = title;
            this.extension = extension;
            this.content = content;
        }

        public String title() {
            return title;
        }

        public String extension() {
            return extension;
        }

        /** A file name to suggest: {@code <repository>-findings.sarif}. */
        public String suggestedName(String repositoryName) {
            return repositoryName + "-" + content + "." + extension;
        }
    }

    /** Exports are not available (tests, or a build without them). */
    Exports NONE = (format, repository, file) -> {
        throw new IllegalStateException("exports are not available here");
    };

    /**
     * Writes the latest stored assessment (or plan) of the repository.
     *
     * @throws IllegalStateException       when nothing is stored to export (the message says what to run)
     * @throws java.io.UncheckedIOException when the file cannot be written
     */
    void export(Format format, Path repository, Path file);
}
