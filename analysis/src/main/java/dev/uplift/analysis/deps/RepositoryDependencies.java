package dev.uplift.analysis.deps;

import dev.uplift.analysis.index.FileIndex;
import dev.uplift.analysis.index.IndexedFile;
import dev.uplift.model.AssessmentWarning;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every manifest of the repository read once: dependencies by manifest path, and the exact versions
 * each library is used at across the repository (to find the same library at several versions).
 */
public final class RepositoryDependencies {
    private final Map<String, List<Dependency>> byManifest = new HashMap<>();
    private final Map<String, Set<String>> versionsByLibrary = new HashMap<>();
    private final List<AssessmentWarning> warnings = new ArrayList<>();

    public static RepositoryDependencies read(FileIndex index) {
        RepositoryDependencies r = new RepositoryDependencies();
        for (IndexedFile f : index.files()) {
            if (f.test() || !ManifestReader.isManifest(f.fileName())) {
                continue;
            }
            try {
                List<Dependency> deps = ManifestReader.read(f.absolute(), f.path());
                r.byManifest.put(f.path(), deps);
                for (Dependency d : deps) {
                    if (d.version() != null) {
                        r.versionsByLibrary.computeIfAbsent(key(d), k -> new TreeSet<>()).add(d.version());
                    }
                }
            } catch (IOException | RuntimeException e) {
                r.warnings.add(new AssessmentWarning(f.path(), "dependencies could not be read: " + e.getMessage()));
            }
        }
        return r;
    }

    /** The dependencies a manifest declares; empty for a file that is not a (readable) manifest. */
    public List<Dependency> of(String manifestPath) {
        return byManifest.getOrDefault(manifestPath, List.of());
    }

    /** Every exact version of the library used anywhere in the repository. */
    public Set<String> versionsOf(Dependency d) {
        return versionsByLibrary.getOrDefault(key(d), Set.of());
    }

    public List<AssessmentWarning> warnings() {
        return warnings;
    }

    private static String key(Dependency d) {
        return d.ecosystem() + "|" + OsvReader.normalise(d.ecosystem(), d.name());
    }
}
