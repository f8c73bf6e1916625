package dev.uplift.model;

import java.util.List;
import java.util.Objects;

/**
 * A unit of the repository that is assessed and planned on its own.
 *
 * @param id         stable identifier, unique within a repository (derived from the path)
 * @param name       display name (artifact, package or folder name)
 * @param path       repository-relative path with forward slashes; {@code "."} for the root
 * @param kind       how the component was recognised
 * @param languages  languages found in it, most lines first
 * @param tier       priority tier
 * @param tierReason why the tier was chosen, in words a user can argue with
 * @param dependsOn  ids of the components this one depends on
 */
public record Component(String id, String name, String path, ComponentKind kind, List<String> languages,
                        Tier tier, String tierReason, List<String> dependsOn) {
    public Component {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(path, "path");
        languages = List.copyOf(languages);
        dependsOn = List.copyOf(dependsOn);
    }

    public Component withLanguages(List<String> newLanguages) {
        return new Component(id, name, path, kind, newLanguages, tier, tierReason, dependsOn);
    }

    public Component withTier(Tier newTier, String reason) {
        return new Component(id, name, path, kind, languages, newTier, reason, dependsOn);
    }

    public Component withDependsOn(List<String> ids) {
        return new Component(id, name, path, kind, languages, tier, tierReason, ids);
    }
}
