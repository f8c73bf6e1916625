package dev.uplift.model;

/** Something that could not be read or analyzed, with the file it concerns (repository-relative). */
public record AssessmentWarning(String file, String message) {
}
