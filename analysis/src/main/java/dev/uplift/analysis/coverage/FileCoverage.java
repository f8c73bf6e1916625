package dev.uplift.analysis.coverage;

/**
 * Line coverage of one source file as a report states it.
 *
 * @param path the file as the report names it (relative to a source root, or absolute)
 */
public record FileCoverage(String path, int coveredLines, int coverableLines) {
}
