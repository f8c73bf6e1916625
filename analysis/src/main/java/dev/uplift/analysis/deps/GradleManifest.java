package dev.uplift.analysis.deps;

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
 * Dependencies of a Gradle build file: string coordinates ({@code "g:a:v"}, with {@code $var} from the
 * same file) and {@code libs.x.y} references into the version catalog {@code gradle/libs.versions.toml}
 * of the build or a parent folder. Never runs the build script.
 */
final class GradleManifest {
    private static final String CONFIGURATIONS = "implementation|api|compileOnly|runtimeOnly|testImplementation|"
            + "testRuntimeOnly|annotationProcessor|kapt|classpath|compile|runtime";
    private static final Pattern COORDINATES = Pattern.compile("\\b(?:" + CONFIGURATIONS
            + ")\\s*\\(?\\s*[\"']([^:\"'\\s]+):([^:\"'\\s]+)(?::([^\"'\\s@]+))?[\"']");
    private static final Pattern CATALOG_REF = Pattern.compile("\\b(?:" + CONFIGURATIONS
            + ")\\s*\\(?\\s*libs\\.([\\w.]+)");
    private static final Pattern VARIABLE = Pattern.compile("(?:def|val|var)?\\s*(\\w+)\\s*=\\s*[\"']([^\"'$]+)[\"']");

    private GradleManifest() {
    }

    static List<Dependency> read(Path buildFile, String path) throws IOException {
        List<String> lines = Files.readAllLines(buildFile, StandardCharsets.UTF_8);
        Map<String, String> variables = new HashMap<>();
        for (String line : lines) {
            Matcher v = VARIABLE.matcher(line.strip());
            if (v.matches()) {
                variables.put(v.group(1), v.group(2));
            }
        }
        Map<String, String[]> catalog = catalog(buildFile.getParent());
        List<Dependency> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = COORDINATES.matcher(lines.get(i));
            while (m.find()) {
                String declared = m.group(3) == null ? "" : m.group(3);
                String version = resolve(declared, variables);
                out.add(new Dependency("Maven", m.group(1) + ":" + m.group(2), exact(version) ? version : null,
                        declared, path, i + 1));
            }
            Matcher ref = CATALOG_REF.matcher(lines.get(i));
            while (ref.find()) {
                String[] entry = catalog.get(ref.group(1).replace('.', '-'));
                if (entry != null) {
                    out.add(new Dependency("Maven", entry[0], exact(entry[1]) ? entry[1] : null,
                            entry[1] == null ? "" : entry[1], path, i + 1));
                }
            }
        }
        return out;
    }

    private static String resolve(String declared, Map<String, String> variables) {
        Matcher m = Pattern.compile("^\\$\\{?(\\w+)}?$").matcher(declared);
        return m.matches() ? variables.getOrDefault(m.group(1), declared) : declared;
    }

    private static boolean exact(String version) {
        return version != null && !version.isEmpty() && !version.contains("$") && !version.contains("+")
                && !version.matches(".*[\\[\\](),].*") && !version.startsWith("latest");
    }

    /** The version catalog: alias (dashes) → {module, version}. */
    static Map<String, String[]> catalog(Path dir) throws IOException {
        Path d = dir;
        for (int up = 0; up < 4 && d != null; up++, d = d.getParent()) {
            Path toml = d.resolve("gradle/libs.versions.toml");
            if (Files.isRegularFile(toml) && Files.size(toml) < ManifestReader.MAX_BYTES) {
                return parseCatalog(Files.readAllLines(toml, StandardCharsets.UTF_8));
            }
        }
        return Map.of();
    }

    static Map<String, String[]> parseCatalog(List<String> lines) {
        Map<String, String> versions = new HashMap<>();
        Map<String, String[]> libraries = new HashMap<>();
        String section = "";
        Pattern keyValue = Pattern.compile("^([\\w.-]+)\\s*=\\s*(.+)$");
        for (String raw : lines) {
            String line = raw.replaceAll("\\s+#.*$", "").strip();
            if (line.startsWith("[")) {
                section = line;
                continue;
            }
            Matcher kv = keyValue.matcher(line);
            if (!kv.matches()) {
                continue;
            }
            String key = kv.group(1).replace('.', '-').replace('_', '-');
            String value = kv.group(2).strip();
            if (section.equals("[versions]")) {
                versions.put(key, unquote(value));
            } else if (section.equals("[libraries]")) {
                libraries.put(key, library(value, versions));
            }
        }
        return libraries;
    }

    private static String[] library(String value, Map<String, String> versions) {
        if (value.startsWith("\"")) {
            String[] parts = unquote(value).split(":");
            return new String[] {parts[0] + ":" + (parts.length > 1 ? parts[1] : ""), parts.length > 2 ? parts[2] : null};
        }
        String module = field(value, "module");
        if (module == null) {
            module = field(value, "group") + ":" + field(value, "name");
        }
        String version = field(value, "version");
        String ref = field(value, "version.ref");
        return new String[] {module, ref != null ? versions.get(ref.replace('.', '-').replace('_', '-')) : version};
    }

    private static String field(String inlineTable, String name) {
        Matcher m = Pattern.compile("(?:^|[{,\\s])" + Pattern.quote(name) + "\\s*=\\s*\"([^\"]*)\"").matcher(inlineTable);
        return m.find() ? m.group(1) : null;
    }

    private static String unquote(String s) {
        return s.replaceAll("^[\"']|[\"']$", "");
    }
}
