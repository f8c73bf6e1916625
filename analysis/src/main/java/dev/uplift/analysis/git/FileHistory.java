package dev.uplift.analysis.git;

/** How often a file changed in the history window, and by how many people. */
public record FileHistory(int commits, int authors) {
}
