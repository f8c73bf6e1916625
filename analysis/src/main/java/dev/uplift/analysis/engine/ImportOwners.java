package dev.uplift.analysis.engine;

import dev.uplift.analysis.components.PathAliases;
import dev.uplift.analysis.index.RepoPaths;

import java.util.Map;
import java.util.Optional;

/**
 * Which component an import names: a package or artifact name, a relative path
 * ({@code path:a/b/c}: the deepest component folder holding it), or a module path through the
 * repository's aliases (tsconfig paths and the like). Thread-safe if the map is not changed.
 */
final class ImportOwners {
    private final Map<String, String> ownerOfName;
    private final PathAliases aliases;

    ImportOwners(Map<String, String> ownerOfName, PathAliases aliases) {
        this.ownerOfName = ownerOfName;
        this.aliases = aliases;
    }

    /** @param folder the importing component's folder ({@code ""} for the root) */
    Optional<String> ownerOf(String imp, String folder) {
        if (imp.startsWith(RepoPaths.PATH_IMPORT)) {
            return Optional.ofNullable(ownerOfPath(imp));
        }
        if (imp.startsWith(RepoPaths.MODULE_IMPORT)) {
            return aliases.resolve(folder, imp.substring(RepoPaths.MODULE_IMPORT.length()))
                    .map(p -> ownerOfPath(RepoPaths.PATH_IMPORT + p));
        }
        return Optional.ofNullable(ownerOfName.get(imp));
    }

    /** The deepest component whose folder holds the imported path ({@code path:a/b/c}: a/b/c, then a/b, then a). */
    private String ownerOfPath(String pathImport) {
        String path = pathImport.substring(RepoPaths.PATH_IMPORT.length());
        while (true) {
            String owner = ownerOfName.get(RepoPaths.PATH_IMPORT + path);
            if (owner != null || path.isEmpty()) {
                return owner;
            }
            path = RepoPaths.parent(path);
        }
    }
}
