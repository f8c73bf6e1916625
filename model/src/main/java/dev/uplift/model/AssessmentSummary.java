package dev.uplift.model;

import java.time.Instant;

/** One line of a repository's history: enough to list it without loading every finding. */
public record AssessmentSummary(String id, String repository, Instant assessedAt, String commit,
                                double readiness, int components, int findings) {
}
