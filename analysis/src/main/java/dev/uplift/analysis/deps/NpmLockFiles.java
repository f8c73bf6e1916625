package dev.uplift.analysis.deps;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.yaml.snakeyaml.LoaderOptions;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The versions npm, Yarn (classic and Berry) and pnpm lock files resolve for a package's direct
 * dependencies. {@code package-lock.json} sits beside its {@code package.json}; {@code yarn.lock} and
 * {@code pnpm-lock.yaml} may sit at a workspace root above it, so folders are searched up to the
 * repository root. Lock files above {@value #MAX_MIB} MiB are left alone. Stateless.
 */
final class NpmLockFiles {
    private static final int MAX_MIB = 64;
    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder().maxNestingDepth(100).build();
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder().streamReadConstraints(LIMITS).build());
    private static final ObjectMapper YAML = new ObjectMapper(yamlFactory());

    private NpmLockFiles() {
    }

    private static YAMLFactory yamlFactory() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setCodePointLimit(MAX_MIB * 1024 * 1024);
        options.setNestingDepthLimit(100);
        return YAMLFactory.builder().loaderOptions(options).streamReadConstraints(LIMITS).build();
    }

    /**
     * Resolved versions by package name for the declared dependencies (name → declared range).
     *
     * @param repositoryRoot the folder not to search above
     */
    static Map<String, String> resolve(Path packageJson, Path repositoryRoot, Map<String, String> declared)
            throws IOException {
        Path dir = packageJson.toAbsolutePath().getParent();
        Path root = repositoryRoot.toAbsolutePath().normalize();
        Map<String, String> out = new HashMap<>(packageLock(dir.resolve("package-lock.json")));
        for (Path d = dir; d != null && d.startsWith(root); d = d.getParent()) {
            Path yarn = d.resolve("yarn.lock");
            Path pnpm = d.resolve("pnpm-lock.yaml");
            if (readable(yarn)) {
                yarn(yarn, declared).forEach(out::putIfAbsent);
                break;
            }
            if (readable(pnpm)) {
                pnpm(pnpm, d.relativize(dir).toString().replace('\\', '/'), declared).forEach(out::putIfAbsent);
                break;
            }
        }
        return out;
    }

    private static boolean readable(Path lock) throws IOException {
        return Files.isRegularFile(lock) && Files.size(lock) <= MAX_MIB * 1024L * 1024;
    }

    static Map<String, String> packageLock(Path lock) throws IOException {
        Map<String, String> out = new HashMap<>();
        if (!readable(lock)) {
            return out;
        }
        JsonNode root = JSON.readTree(lock.toFile());
        root.path("packages").properties().forEach(e -> {
            String key = e.getKey();
            if (key.startsWith("node_modules/") && !key.substring(13).contains("node_modules/")) {
                out.put(key.substring(13), e.getValue().path("version").asText(null));
            }
        });
        root.path("dependencies").properties().forEach(e ->
                out.putIfAbsent(e.getKey(), e.getValue().path("version").asText(null)));
        out.values().removeIf(v -> v == null);
        return out;
    }

    /**
     * Yarn entries are keyed by the ranges that resolve to them: {@code "lodash@^4.17.0", lodash@^4.17.20:}
     * (classic) or {@code "lodash@npm:^4.17.0":} (Berry), followed by an indented {@code version}.
     */
    static Map<String, String> yarn(Path lock, Map<String, String> declared) throws IOException {
        Map<String, String> wanted = new HashMap<>(); // "name@range" → name
        declared.forEach((name, range) -> {
            wanted.put(name + "@" + range, name);
            wanted.put(name + "@npm:" + range, name);
        });
        Map<String, String> out = new HashMap<>();
        List<String> pending = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(lock, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && line.endsWith(":")
                        && !line.startsWith("#")) {
                    pending.clear();
                    for (String spec : line.substring(0, line.length() - 1).split(",")) {
                        String name = wanted.get(spec.strip().replace("\"", ""));
                        if (name != null) {
                            pending.add(name);
                        }
                    }
                } else if (!pending.isEmpty() && line.stripLeading().startsWith("version")) {
                    String version = line.strip().replaceFirst("^version:?\\s*", "").replace("\"", "");
                    pending.forEach(name -> out.put(name, version));
                    pending.clear();
                }
            }
        }
        return out;
    }

    /**
     * pnpm keeps each workspace package's resolved direct dependencies under {@code importers.<path>}
     * (lock format 6 and later) or at the top for a single package, as a version or as
     * {@code {specifier, version}}; peer suffixes such as {@code 18.2.0(react@18.2.0)} are dropped.
     */
    static Map<String, String> pnpm(Path lock, String importer, Map<String, String> declared) throws IOException {
        JsonNode root = YAML.readTree(lock.toFile());
        JsonNode project = root.path("importers").path(importer.isEmpty() ? "." : importer);
        if (project.isMissingNode()) {
            project = root;
        }
        Map<String, String> out = new HashMap<>();
        for (String section : List.of("dependencies", "devDependencies", "optionalDependencies")) {
            project.path(section).properties().forEach(e -> {
                if (!declared.containsKey(e.getKey())) {
                    return;
                }
                JsonNode v = e.getValue();
                String version = (v.isObject() ? v.path("version") : v).asText("");
                version = version.replaceFirst("[(_].*$", "");
                if (version.matches("\\d+\\.\\d+\\.\\d+[\\w.+-]*")) {
                    out.put(e.getKey(), version);
                }
            });
        }
        return out;
    }
}
