package dev.uplift.app.store;

import java.time.Instant;

/** What a person recorded for a checklist item that code cannot show. */
public record ManualEvidence(String checkId, String note, Instant recordedAt) {
}
