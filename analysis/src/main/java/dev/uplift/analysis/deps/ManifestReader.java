package dev.uplift.analysis.deps;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.uplift.analysis.components.SafeXml;
import org.w3c.dom.Element;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dependencies a manifest declares, with the exact version when the manifest pins it or a
 * lock file resolves it. Files are read with size and nesting limits; XML without DTDs.
 */
public final class ManifestReader {
    static final long MAX_BYTES = 4L * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(100).build()).build());
    private static final Pattern REQUIREMENT = Pattern.compile(
            "^\\s*([A-Za-z0-9][A-Za-z0-9._-]*)(\\[[^]]*])?\\s*(([=<>!~]=?|===)\\s*[^;#\\s]+(\\s*,\\s*[=<>!~]=?\\s*[^;#\\s,]+)*)?");
    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

    private ManifestReader() {
    }

    /** Whether the file name is a manifest this reader understands. */
    public static boolean isManifest(String fileName) {
        return fileName.equals("pom.xml") || fileName.equals("package.json") || fileName.equals("pyproject.toml")
                || fileName.matches("requirements.*\\.txt") || fileName.equals("Pipfile")
                || fileName.equals("build.gradle") || fileName.equals("build.gradle.kts");
    }

    /**
     * @param file     the manifest on disk
     * @param repoPath its repository-relative path
     */
    public static List<Dependency> read(Path file, String repoPath) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            throw new IOException("manifest larger than 4 MiB");
        }
        String name = file.getFileName().toString();
        if (name.equals("pom.xml")) {
            return maven(file, repoPath);
        }
        if (name.equals("package.json")) {
            return npm(file, repoPath);
        }
        if (name.startsWith("build.gradle")) {
            return GradleManifest.read(file, repoPath);
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (name.equals("Pipfile")) {
            return pipfile(text, repoPath);
        }
        return name.equals("pyproject.toml") ? pyproject(text, repoPath) : requirements(text, repoPath);
    }

    static List<Dependency> requirements(String text, String path) {
        List<Dependency> out = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replaceAll("\\s+#.*$", "").strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("-") || line.contains("://")) {
                continue; // options, includes and URLs are never followed
            }
            python(line, path, i + 1).ifPresent(out::add);
        }
        return out;
    }

    static List<Dependency> pyproject(String text, String path) {
        List<Dependency> out = new ArrayList<>();
        String[] lines = text.split("\\R");
        boolean inProject = false;
        boolean inList = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("[")) {
                inProject = line.equals("[project]");
                inList = false;
                continue;
            }
            if (inProject && line.matches("dependencies\\s*=\\s*\\[.*")) {
                inList = true;
                line = line.substring(line.indexOf('[') + 1);
            }
            if (inList) {
                Matcher m = Pattern.compile("[\"']([^\"']+)[\"']").matcher(line);
                while (m.find()) {
                    python(m.group(1), path, i + 1).ifPresent(out::add);
                }
                if (line.contains("]")) {
                    inList = false;
                }
            }
        }
        return out;
    }

    /** Pipfile: {@code [packages]} and {@code [dev-packages]}, e.g. {@code requests = "==2.31.0"} or {@code "*"}. */
    static List<Dependency> pipfile(String text, String path) {
        List<Dependency> out = new ArrayList<>();
        String[] lines = text.split("\\R");
        boolean inPackages = false;
        Pattern entry = Pattern.compile("^\"?([A-Za-z0-9][A-Za-z0-9._-]*)\"?\\s*=\\s*(?:\"([^\"]*)\"|\\{.*?version\\s*=\\s*\"([^\"]*)\".*})");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("[")) {
                inPackages = line.equals("[packages]") || line.equals("[dev-packages]");
                continue;
            }
            Matcher m = entry.matcher(line);
            if (inPackages && m.find()) {
                String spec = m.group(2) != null ? m.group(2) : m.group(3);
                python(m.group(1) + (spec.equals("*") ? "" : spec), path, i + 1).ifPresent(out::add);
            }
        }
        return out;
    }

    private static java.util.Optional<Dependency> python(String spec, String path, int line) {
        Matcher m = REQUIREMENT.matcher(spec.split(";")[0]);
        if (!m.find()) {
            return java.util.Optional.empty();
        }
        String name = m.group(1).toLowerCase(java.util.Locale.ROOT).replaceAll("[._]+", "-");
        String declared = m.group(3) == null ? "" : m.group(3).replace(" ", "");
        String version = declared.matches("===?[^,*]+") ? declared.replaceFirst("^===?", "") : null;
        return java.util.Optional.of(new Dependency("PyPI", name, version, declared, path, line));
    }

    static List<Dependency> npm(Path file, String path) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        Map<String, String> declaredRanges = new HashMap<>();
        for (String section : List.of("dependencies", "devDependencies", "optionalDependencies")) {
            root.path(section).properties().forEach(e -> declaredRanges.putIfAbsent(e.getKey(), e.getValue().asText()));
        }
        Map<String, String> locked = NpmLockFiles.resolve(file, repositoryRoot(file, path), declaredRanges);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Dependency> out = new ArrayList<>();
        for (String section : List.of("dependencies", "devDependencies", "optionalDependencies")) {
            for (Map.Entry<String, JsonNode> e : root.path(section).properties()) {
                String declared = e.getValue().asText();
                String version = locked.getOrDefault(e.getKey(),
                        declared.matches("\\d+\\.\\d+\\.\\d+[\\w.+-]*") ? declared : null);
                out.add(new Dependency("npm", e.getKey(), version, declared, path, lineOf(lines, "\"" + e.getKey() + "\"")));
            }
        }
        return out;
    }

    /** The repository root: the manifest's path less its repository-relative path. */
    private static Path repositoryRoot(Path file, String repoPath) {
        Path root = file.toAbsolutePath().normalize();
        for (int n = repoPath.split("/").length; n > 0 && root != null; n--) {
            root = root.getParent();
        }
        return root == null ? file.toAbsolutePath().getParent() : root;
    }

    static List<Dependency> maven(Path pom, String path) throws IOException {
        Map<String, String> properties = new HashMap<>();
        Map<String, String> managed = new HashMap<>();
        List<Element> chain = new ArrayList<>();
        Path current = pom;
        for (int depth = 0; depth < 10 && current != null && Files.isRegularFile(current); depth++) {
            Element project = SafeXml.parse(Files.readAllBytes(current)).getDocumentElement();
            chain.add(project);
            Element parent = SafeXml.child(project, "parent");
            String relative = parent == null ? null : SafeXml.childText(parent, "relativePath");
            current = parent == null ? null : current.getParent().resolve(relative == null || relative.isBlank()
                    ? "../pom.xml" : relative).normalize();
            if (current != null && Files.isDirectory(current)) {
                current = current.resolve("pom.xml");
            }
        }
        for (int i = chain.size() - 1; i >= 0; i--) { // parents first, children override
            Element project = chain.get(i);
            for (Element p : SafeXml.children(SafeXml.child(project, "properties"), "*")) {
                properties.put(p.getTagName(), p.getTextContent().strip());
            }
            String version = SafeXml.childText(project, "version");
            if (version != null) {
                properties.put("project.version", version);
            }
            Element management = SafeXml.child(project, "dependencyManagement");
            for (Element dep : SafeXml.children(SafeXml.child(management, "dependencies"), "dependency")) {
                managed.put(SafeXml.childText(dep, "groupId") + ":" + SafeXml.childText(dep, "artifactId"),
                        SafeXml.childText(dep, "version"));
            }
        }
        List<String> lines = Files.readAllLines(pom, StandardCharsets.UTF_8);
        List<Dependency> out = new ArrayList<>();
        for (Element dep : SafeXml.children(SafeXml.child(chain.get(0), "dependencies"), "dependency")) {
            String coordinates = SafeXml.childText(dep, "groupId") + ":" + SafeXml.childText(dep, "artifactId");
            String declared = SafeXml.childText(dep, "version");
            if (declared == null) {
                declared = managed.get(coordinates);
            }
            String resolved = declared == null ? null : resolve(declared, properties);
            boolean exact = resolved != null && !resolved.contains("${") && !resolved.matches(".*[\\[\\](),].*");
            out.add(new Dependency("Maven", coordinates, exact ? resolved : null, declared == null ? "" : declared, path,
                    lineOf(lines, "<artifactId>" + SafeXml.childText(dep, "artifactId") + "</artifactId>")));
        }
        return out;
    }

    private static String resolve(String value, Map<String, String> properties) {
        String v = value;
        for (int i = 0; i < 5 && v.contains("${"); i++) {
            Matcher m = PROPERTY.matcher(v);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(sb, Matcher.quoteReplacement(properties.getOrDefault(m.group(1), m.group(0))));
            }
            m.appendTail(sb);
            v = sb.toString();
        }
        return v;
    }

    private static int lineOf(List<String> lines, String needle) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        return 1;
    }
}
