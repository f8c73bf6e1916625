package dev.uplift.analysis.deps;

import java.util.List;
import java.util.Set;

/**
 * One OSV advisory's statement about one package: which versions it affects.
 *
 * @param id       the advisory id (GHSA-…, PYSEC-…, CVE-…)
 * @param aliases  other ids of the same vulnerability
 * @param ranges   affected ranges: each a list of events in order
 * @param versions versions listed as affected one by one
 * @param fixed    the first fixed version OSV names, or null
 */
public record Advisory(String id, List<String> aliases, String summary, String ecosystem, String packageName,
                       List<List<Event>> ranges, Set<String> versions, String fixed) {
    public Advisory {
        aliases = List.copyOf(aliases);
        ranges = ranges.stream().map(List::copyOf).toList();
        versions = Set.copyOf(versions);
    }

    /** An OSV range event: {@code introduced}, {@code fixed} or {@code last_affected}, with its version. */
    public record Event(String kind, String version) {
    }

    /** Whether the exact version is affected, by the ecosystem's ordering. */
    public boolean affects(String version) {
        if (versions.contains(version)) {
            return true;
        }
        for (List<Event> range : ranges) {
            boolean inside = false;
            for (Event e : range) {
                switch (e.kind()) {
                    case "introduced" -> {
                        if (e.version().equals("0") || Versions.compare(ecosystem, version, e.version()) >= 0) {
                            inside = true;
                        }
                    }
                    case "fixed" -> {
                        if (inside && Versions.compare(ecosystem, version, e.version()) >= 0) {
                            inside = false;
                        }
                    }
                    case "last_affected" -> {
                        if (inside && Versions.compare(ecosystem, version, e.version()) > 0) {
                            inside = false;
                        }
                    }
                    default -> { }
                }
            }
            if (inside) {
                return true;
            }
        }
        return false;
    }

    /** The id people look for first: a CVE alias when there is one. */
    public String displayId() {
        return aliases.stream().filter(a -> a.startsWith("CVE-")).findFirst().map(cve -> cve + " (" + id + ")").orElse(id);
    }
}
