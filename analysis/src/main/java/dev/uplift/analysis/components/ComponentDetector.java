package dev.uplift.analysis.components;

import dev.uplift.analysis.index.FileIndex;
import dev.uplift.analysis.index.IndexedFile;
import dev.uplift.analysis.index.Languages;
import dev.uplift.analysis.index.RepoPaths;
import dev.uplift.model.AssessmentWarning;
import dev.uplift.model.Component;
import dev.uplift.model.ComponentKind;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds components in this order of precedence: Maven modules, Gradle modules, npm packages, Python
 * projects and packages (a package with more than {@value #LARGE_PACKAGE_FILES} Python files is split
 * into its first-level subpackages), then top-level folders holding code that nothing else claimed, loose
 * code at the root ("scripts" when other components exist) and the root's deployment and configuration
 * files ("platform"). Hidden folders are never components. Manifest dependencies between components
 * become {@code dependsOn}; tiers are set later, and components that turn out to hold no code are
 * settled after analysis (see the engine's ComponentSettlement).
 */
public final class ComponentDetector {
    static final int LARGE_PACKAGE_FILES = 150;
    private static final String PLATFORM = "platform";

    private final Path root;
    private final FileIndex index;
    private final List<AssessmentWarning> warnings = new ArrayList<>();
    private final Map<String, Candidate> candidates = new LinkedHashMap<>();
    private final Set<String> fileSet = new HashSet<>();
    private final Set<String> dirSet;
    private boolean platform;

    public ComponentDetector(Path root, FileIndex index) {
        this.root = root;
        this.index = index;
        index.files().forEach(f -> fileSet.add(f.path()));
        this.dirSet = new HashSet<>(index.directories());
    }

    /** The result: components (tier not yet set) and which component owns each importable name. */
    public record Detection(List<Component> components, Map<String, String> ownerOfName,
                            List<AssessmentWarning> warnings) {
    }

    public Detection detect() {
        detectMaven();
        detectGradle();
        detectNpm();
        detectPython();
        detectFolders();
        detectPlatform();
        return resolve();
    }

    private void detectMaven() {
        for (IndexedFile f : index.files()) {
            if (f.fileName().equals("pom.xml")) {
                String dir = parentOf(f.path());
                try {
                    Manifests.maven(dir, f.absolute()).ifPresent(this::add);
                } catch (IOException e) {
                    warnings.add(new AssessmentWarning(f.path(), "Maven POM could not be read: " + e.getMessage()));
                }
            }
        }
    }

    private void detectGradle() {
        for (String settingsName : List.of("settings.gradle", "settings.gradle.kts")) {
            for (IndexedFile f : index.files()) {
                if (!f.fileName().equals(settingsName)) {
                    continue;
                }
                String base = parentOf(f.path());
                try {
                    for (String module : Manifests.gradleModules(f.absolute())) {
                        String dir = join(base, module);
                        if (dirSet.contains(dir)) {
                            add(Manifests.gradle(dir, gradleBuildFile(dir)));
                        }
                    }
                } catch (IOException e) {
                    warnings.add(new AssessmentWarning(f.path(), "Gradle settings could not be read: " + e.getMessage()));
                }
            }
        }
        for (IndexedFile f : index.files()) { // single-project builds
            if ((f.fileName().equals("build.gradle") || f.fileName().equals("build.gradle.kts"))
                    && !candidates.containsKey(parentOf(f.path())) && !hasSettingsIn(parentOf(f.path()))) {
                try {
                    add(Manifests.gradle(parentOf(f.path()), f.absolute()));
                } catch (IOException e) {
                    warnings.add(new AssessmentWarning(f.path(), "Gradle build could not be read: " + e.getMessage()));
                }
            }
        }
    }

    private void detectNpm() {
        for (IndexedFile f : index.files()) {
            if (f.fileName().equals("package.json")) {
                String dir = parentOf(f.path());
                boolean ownSources = dirSet.contains(join(dir, "src"));
                try {
                    Manifests.npm(dir, f.absolute(), ownSources).ifPresent(this::add);
                } catch (IOException e) {
                    warnings.add(new AssessmentWarning(f.path(), "package.json could not be read: " + e.getMessage()));
                }
            }
        }
    }

    private void detectPython() {
        // named project files first, so a folder with both pyproject.toml and requirements.txt keeps its name
        for (boolean named : new boolean[] {true, false}) {
            for (IndexedFile f : index.files()) {
                pythonProject(f, named);
            }
        }
        for (String dir : index.directories()) {
            if (isPackage(dir) && !isPackage(parentOf(dir)) && ownerOf(dir) == null) {
                String name = Manifests.folderName(dir);
                add(new Candidate(dir, name, ComponentKind.PYTHON_PACKAGE, Set.of(name), Set.of()));
            }
        }
        splitLargePackages();
    }

    private void pythonProject(IndexedFile f, boolean named) {
        String name = f.fileName();
        String dir = parentOf(f.path());
        boolean projectFile = name.equals("pyproject.toml") || name.equals("setup.py") || name.equals("setup.cfg");
        boolean requirements = (name.equals("requirements.txt") || name.equals("Pipfile"))
                && !dir.isEmpty(); // below the root: a service's own dependency list
        if (named ? !projectFile : !requirements) {
            return;
        }
        if (candidates.containsKey(dir)) {
            return;
        }
        String projectName = Manifests.folderName(dir);
        if (name.equals("pyproject.toml") || name.equals("setup.cfg")) {
            try {
                projectName = Manifests.pythonProjectName(f.absolute()).orElse(projectName);
            } catch (IOException e) {
                warnings.add(new AssessmentWarning(f.path(), "Python project file could not be read: " + e.getMessage()));
            }
        }
        add(new Candidate(dir, projectName, ComponentKind.PYTHON_PACKAGE, topLevelPackages(dir), Set.of()));
    }

    /** A package too large to plan as one unit becomes one component per first-level subpackage. */
    private void splitLargePackages() {
        for (String dir : index.directories()) {
            if (!isPackage(dir) || isPackage(parentOf(dir))) {
                continue;
            }
            long files = index.files().stream()
                    .filter(f -> f.path().startsWith(dir + "/") && f.language().equals("python") && !f.test()).count();
            if (files <= LARGE_PACKAGE_FILES) {
                continue;
            }
            String packageName = Manifests.folderName(dir);
            for (String sub : index.directories()) {
                if (parentOf(sub).equals(dir) && isPackage(sub)) {
                    add(new Candidate(sub, packageName + "." + Manifests.folderName(sub), ComponentKind.PYTHON_PACKAGE,
                            Set.of(), Set.of()));
                }
            }
        }
    }

    private void detectFolders() {
        Set<String> topFolders = new TreeSet<>();
        boolean rootCode = false;
        int rootCodeFiles = 0;
        int codeFiles = 0;
        for (IndexedFile f : index.files()) {
            codeFiles += f.isCode() && !f.test() ? 1 : 0;
            if (!f.isCode() || ownerOf(f.path()) != null || PlatformFiles.inHiddenFolder(f.path())) {
                continue;
            }
            int slash = f.path().indexOf('/');
            if (slash < 0) {
                rootCodeFiles += f.test() ? 0 : 1;
                rootCode = true;
            } else {
                topFolders.add(f.path().substring(0, slash));
            }
        }
        for (String folder : topFolders) {
            add(new Candidate(folder, folder, ComponentKind.FOLDER, Set.of(), Set.of()));
        }
        // the root's code is the product when it is alone or holds most of the code; beside larger components,
        // loose root files are scripts
        if (rootCode && (candidates.isEmpty() || 2 * rootCodeFiles > codeFiles)) {
            add(new Candidate("", Manifests.folderName(root.getFileName() == null ? ""
                    : root.getFileName().toString()), ComponentKind.FOLDER, Set.of(), Set.of()));
        } else if (rootCode) { // beside other components, loose root code is scripts
            add(new Candidate("", "scripts", ComponentKind.SCRIPTS, Set.of(), Set.of()));
        }
    }

    /** Deployment and configuration files outside every folder component make the platform component. */
    private void detectPlatform() {
        for (IndexedFile f : index.files()) {
            String owner = ownerOf(f.path());
            if ((owner == null || owner.isEmpty()) && PlatformFiles.strict(f.path())) {
                platform = true;
                return;
            }
        }
    }

    private Detection resolve() {
        Map<String, String> ownerOfName = new HashMap<>();
        for (Candidate c : candidates.values()) {
            for (String provided : c.provides()) {
                ownerOfName.putIfAbsent(provided, idOf(c.path()));
            }
            // a relative import names a path: the deepest component folder that holds it owns it
            ownerOfName.put(RepoPaths.PATH_IMPORT + c.path(), idOf(c.path()));
        }
        Map<String, Long> nameCounts = new HashMap<>();
        candidates.values().forEach(c -> nameCounts.merge(c.name(), 1L, Long::sum));
        List<Component> components = new ArrayList<>();
        candidates.values().stream().sorted(Comparator.comparing(Candidate::path)).forEach(c -> {
            String id = idOf(c.path());
            List<String> dependsOn = c.requires().stream().map(ownerOfName::get)
                    .filter(o -> o != null && !o.equals(id)).distinct().sorted().toList();
            String name = nameCounts.get(c.name()) > 1 ? c.name() + " (" + id + ")" : c.name();
            components.add(new Component(id, name, id, c.kind(), List.of(), null, null, dependsOn));
        });
        if (platform) {
            String id = candidates.containsKey(PLATFORM) ? "root-" + PLATFORM : PLATFORM;
            components.add(new Component(id, PLATFORM, ".", ComponentKind.PLATFORM, List.of(), null, null, List.of()));
        }
        return new Detection(components, ownerOfName, warnings);
    }

    /** The id of the deepest candidate that contains the path, or null. */
    private String ownerOf(String path) {
        String best = null;
        for (String dir : candidates.keySet()) {
            if ((dir.isEmpty() || path.equals(dir) || path.startsWith(dir + "/"))
                    && (best == null || dir.length() > best.length())) {
                best = dir;
            }
        }
        return best;
    }

    private void add(Candidate c) {
        // a manifest among test code (fixtures, sample projects for tests) is test data, not a component; so are
        // examples and documentation; an editor's, tool's or CI's hidden folder is configuration, not a component
        if (!c.path().isEmpty() && (Languages.isTestPath(c.path() + "/") || Languages.isSamplePath(c.path() + "/")
                || PlatformFiles.inHiddenFolder(c.path() + "/"))) {
            return;
        }
        candidates.putIfAbsent(c.path(), c);
    }

    private Set<String> topLevelPackages(String dir) {
        Set<String> names = new TreeSet<>();
        for (String base : List.of(dir, join(dir, "src"))) {
            for (String sub : index.directories()) {
                if (parentOf(sub).equals(base) && isPackage(sub)) {
                    names.add(Manifests.folderName(sub));
                }
            }
        }
        return names;
    }

    private boolean isPackage(String dir) {
        return !dir.isEmpty() && fileSet.contains(join(dir, "__init__.py"));
    }

    private boolean hasSettingsIn(String dir) {
        return fileSet.contains(join(dir, "settings.gradle")) || fileSet.contains(join(dir, "settings.gradle.kts"));
    }

    private Path gradleBuildFile(String dir) {
        Path groovy = root.resolve(join(dir, "build.gradle"));
        return Files.exists(groovy) ? groovy : root.resolve(join(dir, "build.gradle.kts"));
    }

    /** Component ids are their repository-relative paths; the root is {@code "."}. */
    static String idOf(String dir) {
        return dir.isEmpty() ? "." : dir;
    }

    private static String parentOf(String path) {
        return RepoPaths.parent(path);
    }

    private static String join(String dir, String child) {
        return RepoPaths.join(dir, child);
    }
}
