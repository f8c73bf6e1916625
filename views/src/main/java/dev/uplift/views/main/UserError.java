package dev.uplift.views.main;

/** An error worth a dialog: what happened, what to do, and the run id that finds it in the log. */
public record UserError(String title, String message, String runId) {
}
