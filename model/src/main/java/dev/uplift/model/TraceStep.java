package dev.uplift.model;

/**
 * One step of a confirmed finding's data flow, from where untrusted data enters to where it does harm.
 *
 * @param file repository-relative path
 * @param line 1-based line
 * @param note what happens there ("request data: request.args", "'q' built from 'name'", "reaches execute()")
 */
public record TraceStep(String file, int line, String note) {
}
