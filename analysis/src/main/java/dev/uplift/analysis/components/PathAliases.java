package dev.uplift.analysis.components;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.uplift.analysis.index.FileIndex;
import dev.uplift.analysis.index.IndexedFile;
import dev.uplift.analysis.index.RepoPaths;
import dev.uplift.model.AssessmentWarning;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * TypeScript/JavaScript import aliases from {@code tsconfig*.json} and {@code jsconfig.json}
 * ({@code compilerOptions.paths} under {@code baseUrl}): {@code @shared/money} names a folder of the
 * repository, so it can tie one component to another. An alias applies under the folder of the config
 * that declares it; the nearest config wins. Config files allow comments and trailing commas, as
 * TypeScript does.
 */
public final class PathAliases {
    private static final Pattern CONFIG = Pattern.compile("(^|/)(tsconfig[\\w.-]*|jsconfig)\\.json$");
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS).enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(100).build()).build());

    /** One alias: under {@code scope}, an import starting with {@code prefix} names {@code target}. */
    record Alias(String scope, String prefix, boolean wildcard, String target) {
    }

    private final List<Alias> aliases;
    private final List<AssessmentWarning> warnings;

    private PathAliases(List<Alias> aliases, List<AssessmentWarning> warnings) {
        this.aliases = aliases;
        this.warnings = warnings;
    }

    public static PathAliases none() {
        return new PathAliases(List.of(), List.of());
    }

    /** Reads every config file of the index; an unreadable one is a warning. */
    public static PathAliases read(FileIndex index) {
        List<Alias> aliases = new ArrayList<>();
        List<AssessmentWarning> warnings = new ArrayList<>();
        for (IndexedFile f : index.files()) {
            if (!CONFIG.matcher(f.path()).find()) {
                continue;
            }
            try {
                JsonNode options = JSON.readTree(Manifests.read(f.absolute())).path("compilerOptions");
                String scope = RepoPaths.parent(f.path());
                String base = RepoPaths.resolve(scope, options.path("baseUrl").asText("."));
                Iterator<Map.Entry<String, JsonNode>> paths = options.path("paths").fields();
                while (paths.hasNext() && base != null) {
                    Map.Entry<String, JsonNode> e = paths.next();
                    String target = e.getValue().path(0).asText("");
                    boolean wildcard = e.getKey().endsWith("*");
                    String prefix = wildcard ? e.getKey().substring(0, e.getKey().length() - 1) : e.getKey();
                    String resolved = RepoPaths.resolve(base, target.replace("*", ""));
                    if (!prefix.isEmpty() && resolved != null) {
                        aliases.add(new Alias(scope, prefix, wildcard, resolved));
                    }
                }
            } catch (IOException | RuntimeException e) {
                warnings.add(new AssessmentWarning(f.path(), "TypeScript config could not be read ("
                        + e.getClass().getSimpleName() + "); its import aliases are not used"));
            }
        }
        aliases.sort(Comparator.comparingInt((Alias a) -> a.scope().length()).reversed()
                .thenComparing(Comparator.comparingInt((Alias a) -> a.prefix().length()).reversed()));
        return new PathAliases(List.copyOf(aliases), List.copyOf(warnings));
    }

    public List<AssessmentWarning> warnings() {
        return warnings;
    }

    /** The repository path an import names from a file under {@code folder}, if an alias covers it. */
    public Optional<String> resolve(String folder, String spec) {
        for (Alias a : aliases) {
            boolean inScope = a.scope().isEmpty() || folder.equals(a.scope()) || folder.startsWith(a.scope() + "/");
            if (!inScope) {
                continue;
            }
            if (a.wildcard() ? spec.startsWith(a.prefix()) : spec.equals(a.prefix())) {
                String rest = a.wildcard() ? spec.substring(a.prefix().length()) : "";
                return Optional.ofNullable(RepoPaths.resolve(a.target(), rest));
            }
        }
        return Optional.empty();
    }
}
