package dev.uplift.analysis.deps;

import dev.uplift.analysis.index.IndexedFile;
import dev.uplift.model.Category;
import dev.uplift.model.Finding;
import dev.uplift.model.Rule;
import dev.uplift.model.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks a component's manifests: every dependency whose exact version an advisory names as affected,
 * and, per manifest, the dependencies with no exact version (builds that are not reproducible).
 * Runs on every assessment, outside the file cache, so newly imported advisories apply at once.
 */
public final class DependencyCheck {
    public static final Rule VULNERABLE = new Rule("DEP-VULNERABLE", "Known-vulnerable dependencies", Category.SECURITY,
            Severity.CRITICAL, 60, 1395,
            "A dependency is at a version a published advisory names as vulnerable.",
            "Upgrade to the fixed version the advisory names (or later), then run the tests.");
    public static final Rule CONFLICT = new Rule("DEP-VERSION-CONFLICT", "One library at several versions",
            Category.OPERATIONS, Severity.MINOR, 30, null,
            "The repository uses the same library at different versions in different components.",
            "Align on one version (the newest that works), ideally managed in one place (a parent POM, a "
                    + "constraints file, a workspace).");
    public static final Rule UNPINNED = new Rule("DEP-UNPINNED", "Unpinned dependencies", Category.OPERATIONS,
            Severity.MINOR, 10, null,
            "Dependencies are declared without an exact version and without a lock file, so two builds can differ.",
            "Pin exact versions, or commit the ecosystem's lock file (package-lock.json, poetry.lock, …).");

    private final AdvisoryIndex advisories;
    private final RepositoryDependencies repository;

    public DependencyCheck(AdvisoryIndex advisories, RepositoryDependencies repository) {
        this.advisories = advisories;
        this.repository = repository;
    }

    public static List<Rule> rules() {
        return List.of(VULNERABLE, CONFLICT, UNPINNED);
    }

    /** Findings for the manifests among the component's files. */
    public List<Finding> check(List<IndexedFile> files) {
        List<Finding> out = new ArrayList<>();
        for (IndexedFile f : files) {
            List<Dependency> dependencies = repository.of(f.path());
            for (Dependency d : dependencies) {
                java.util.Set<String> versions = repository.versionsOf(d);
                if (d.version() != null && versions.size() > 1) {
                    out.add(Finding.of(CONFLICT, f.path(), d.line(), d.name() + " is at " + d.version()
                            + " here; the repository also uses " + versions.stream().filter(v -> !v.equals(d.version()))
                            .collect(Collectors.joining(", ")), d.name() + " " + d.declared()));
                }
                List<Advisory> hits = advisories.affecting(d);
                if (!hits.isEmpty()) {
                    Advisory first = hits.get(0);
                    out.add(Finding.of(VULNERABLE, f.path(), d.line(), d.name() + " " + d.version() + " is affected by "
                            + hits.stream().map(Advisory::displayId).collect(Collectors.joining(", ")) + ": "
                            + first.summary() + (first.fixed() == null ? "" : "; fixed in " + first.fixed()),
                            d.name() + " " + d.declared()));
                }
            }
            List<Dependency> floating = dependencies.stream().filter(d -> !d.isPinned()).toList();
            if (!floating.isEmpty()) {
                Finding f0 = Finding.of(UNPINNED, f.path(), floating.get(0).line(), floating.size()
                        + " dependencies without an exact version", floating.stream().limit(5)
                        .map(d -> d.name() + (d.declared().isEmpty() ? "" : " " + d.declared()))
                        .collect(Collectors.joining(", ")) + (floating.size() > 5 ? ", …" : ""));
                out.add(new Finding(f0.ruleId(), f0.category(), f0.severity(), f0.file(), f0.line(), f0.message(),
                        f0.evidence(), UNPINNED.remediationMinutes() * floating.size(), null, null));
            }
        }
        return out;
    }
}
