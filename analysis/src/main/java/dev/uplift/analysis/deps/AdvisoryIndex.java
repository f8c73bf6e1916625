package dev.uplift.analysis.deps;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Advisories by ecosystem and package, for matching dependencies. Immutable once built; thread-safe. */
public final class AdvisoryIndex {
    public static final AdvisoryIndex EMPTY = new AdvisoryIndex(List.of());
    private final Map<String, List<Advisory>> byPackage = new HashMap<>();
    private final int size;

    public AdvisoryIndex(Collection<Advisory> advisories) {
        for (Advisory a : advisories) {
            byPackage.computeIfAbsent(key(a.ecosystem(), a.packageName()), k -> new ArrayList<>()).add(a);
        }
        size = advisories.size();
    }

    /** Advisories that affect the dependency's exact version; none when the version is not known. */
    public List<Advisory> affecting(Dependency d) {
        if (d.version() == null) {
            return List.of();
        }
        return byPackage.getOrDefault(key(d.ecosystem(), OsvReader.normalise(d.ecosystem(), d.name())), List.of())
                .stream().filter(a -> a.affects(d.version())).toList();
    }

    public int size() {
        return size;
    }

    private static String key(String ecosystem, String name) {
        return ecosystem + "|" + name;
    }
}
