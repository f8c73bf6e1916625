package dev.uplift.analysis.components;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.uplift.model.ComponentKind;
import org.w3c.dom.Element;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the manifests that define components: pom.xml, package.json, Gradle and Python project files. */
final class Manifests {
    static final long MAX_MANIFEST_BYTES = 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build()).build());
    private static final Pattern GRADLE_INCLUDE = Pattern.compile("['\"]:?([\\w\\-.:]+)['\"]");
    private static final Pattern GRADLE_PROJECT_DEP = Pattern.compile("project\\(\\s*(?:path\\s*[:=]\\s*)?['\"]:([\\w\\-.:]+)['\"]");
    private static final Pattern PYPROJECT_NAME = Pattern.compile("(?m)^\\s*name\\s*=\\s*['\"]([^'\"]+)['\"]");

    private Manifests() {
    }

    static byte[] read(Path file) throws IOException {
        if (Files.size(file) > MAX_MANIFEST_BYTES) {
            throw new IOException("manifest larger than 1 MiB");
        }
        return Files.readAllBytes(file);
    }

    /** A Maven module, or empty for an aggregator (packaging pom with modules). */
    static Optional<Candidate> maven(String dir, Path pom) throws IOException {
        Element project = SafeXml.parse(read(pom)).getDocumentElement();
        String artifactId = SafeXml.childText(project, "artifactId");
        String packaging = SafeXml.childText(project, "packaging");
        boolean hasModules = !SafeXml.children(SafeXml.child(project, "modules"), "module").isEmpty();
        if ("pom".equals(packaging) && hasModules) {
            return Optional.empty();
        }
        Set<String> requires = new HashSet<>();
        for (Element dep : SafeXml.children(SafeXml.child(project, "dependencies"), "dependency")) {
            String id = SafeXml.childText(dep, "artifactId");
            if (id != null) {
                requires.add(id);
            }
        }
        String name = artifactId != null ? artifactId : folderName(dir);
        return Optional.of(new Candidate(dir, name, ComponentKind.MAVEN_MODULE, Set.of(name), requires));
    }

    /** Module folders named by a Gradle settings file ({@code include ':a', ':b:c'} → a, b/c). */
    static List<String> gradleModules(Path settings) throws IOException {
        String text = new String(read(settings), StandardCharsets.UTF_8);
        Set<String> modules = new HashSet<>();
        for (String line : text.lines().toList()) {
            if (line.strip().startsWith("include")) {
                Matcher m = GRADLE_INCLUDE.matcher(line);
                while (m.find()) {
                    modules.add(m.group(1).replace(':', '/'));
                }
            }
        }
        return modules.stream().sorted().toList();
    }

    static Candidate gradle(String dir, Path buildFile) throws IOException {
        Set<String> requires = new HashSet<>();
        if (buildFile != null && Files.isRegularFile(buildFile)) {
            Matcher m = GRADLE_PROJECT_DEP.matcher(new String(read(buildFile), StandardCharsets.UTF_8));
            while (m.find()) {
                String path = m.group(1);
                requires.add(path.substring(path.lastIndexOf(':') + 1));
            }
        }
        String name = folderName(dir);
        return new Candidate(dir, name, ComponentKind.GRADLE_MODULE, Set.of(name), requires);
    }

    /** An npm package, or empty for a workspace root that only groups other packages. */
    static Optional<Candidate> npm(String dir, Path packageJson, boolean hasOwnSources) throws IOException {
        JsonNode root = JSON.readTree(read(packageJson));
        if (root == null || !root.isObject()) {
            throw new IOException("package.json is not a JSON object");
        }
        if (root.has("workspaces") && !hasOwnSources) {
            return Optional.empty();
        }
        String name = root.path("name").asText(folderName(dir));
        Set<String> requires = new HashSet<>();
        for (String section : List.of("dependencies", "devDependencies", "peerDependencies")) {
            root.path(section).fieldNames().forEachRemaining(requires::add);
        }
        return Optional.of(new Candidate(dir, name, ComponentKind.NPM_PACKAGE, Set.of(name), requires));
    }

    /** The project name a pyproject.toml or setup.cfg declares, if any. */
    static Optional<String> pythonProjectName(Path file) throws IOException {
        Matcher m = PYPROJECT_NAME.matcher(new String(read(file), StandardCharsets.UTF_8));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    static String folderName(String dir) {
        return dir.isEmpty() ? "root" : dir.substring(dir.lastIndexOf('/') + 1);
    }
}
