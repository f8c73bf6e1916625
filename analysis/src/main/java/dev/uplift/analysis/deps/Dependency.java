package dev.uplift.analysis.deps;

/**
 * A dependency a manifest declares.
 *
 * @param ecosystem {@code Maven}, {@code PyPI} or {@code npm} (OSV's names)
 * @param version   the exact version in use (pinned or resolved by a lock file), or null when unknown
 * @param declared  what the manifest says, e.g. {@code >=2.31} or {@code ^18.3.1}
 * @param file      repository-relative manifest path; {@code line} its 1-based line
 */
public record Dependency(String ecosystem, String name, String version, String declared, String file, int line) {

    public boolean isPinned() {
        return version != null;
    }
}
