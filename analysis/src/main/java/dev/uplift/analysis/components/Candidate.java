package dev.uplift.analysis.components;

import dev.uplift.model.ComponentKind;

import java.util.Set;

/**
 * A component as a manifest or folder describes it, before dependencies are resolved.
 *
 * @param path      repository-relative folder, {@code ""} for the root
 * @param provides  names other components use to depend on it (artifactId, npm name, Python top-level package)
 * @param requires  names it depends on, as its manifest writes them
 */
record Candidate(String path, String name, ComponentKind kind, Set<String> provides, Set<String> requires) {
}
