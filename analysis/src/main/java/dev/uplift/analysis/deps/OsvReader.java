package dev.uplift.analysis.deps;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.yaml.snakeyaml.LoaderOptions;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads OSV advisories (https://ossf.github.io/osv-schema/) from JSON or YAML: one document, or an
 * array of them. Only the Maven, PyPI and npm ecosystems are kept; GIT ranges are ignored.
 */
public final class OsvReader {
    static final Set<String> ECOSYSTEMS = Set.of("Maven", "PyPI", "npm");
    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder().maxNestingDepth(64)
            .maxStringLength(1_000_000).build();
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder().streamReadConstraints(LIMITS).build());
    private static final ObjectMapper YAML = new ObjectMapper(yamlFactory());

    private OsvReader() {
    }

    private static YAMLFactory yamlFactory() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20); // no alias bombs
        options.setCodePointLimit(4 * 1024 * 1024);
        options.setNestingDepthLimit(64);
        return YAMLFactory.builder().loaderOptions(options).streamReadConstraints(LIMITS).build();
    }

    /** Advisories in one file; {@code yaml} chooses the syntax. */
    public static List<Advisory> read(byte[] content, boolean yaml) throws IOException {
        JsonNode root = (yaml ? YAML : JSON).readTree(content);
        List<Advisory> out = new ArrayList<>();
        if (root == null) {
            return out;
        }
        if (root.isArray()) {
            for (JsonNode doc : root) {
                out.addAll(document(doc));
            }
        } else {
            out.addAll(document(root));
        }
        return out;
    }

    private static List<Advisory> document(JsonNode doc) throws IOException {
        String id = doc.path("id").asText(null);
        if (id == null || !doc.path("affected").isArray()) {
            throw new IOException("not an OSV advisory: it needs 'id' and 'affected'");
        }
        List<String> aliases = new ArrayList<>();
        doc.path("aliases").forEach(a -> aliases.add(a.asText()));
        String summary = doc.path("summary").asText(doc.path("details").asText("")).lines().findFirst().orElse("");
        List<Advisory> out = new ArrayList<>();
        for (JsonNode affected : doc.path("affected")) {
            String ecosystem = affected.path("package").path("ecosystem").asText("");
            if (!ECOSYSTEMS.contains(ecosystem)) {
                continue;
            }
            List<List<Advisory.Event>> ranges = new ArrayList<>();
            String fixed = null;
            for (JsonNode range : affected.path("ranges")) {
                if (range.path("type").asText().equals("GIT")) {
                    continue;
                }
                List<Advisory.Event> events = new ArrayList<>();
                for (JsonNode event : range.path("events")) {
                    event.properties().forEach(e -> events.add(new Advisory.Event(e.getKey(), e.getValue().asText())));
                }
                for (Advisory.Event e : events) {
                    fixed = e.kind().equals("fixed") && fixed == null ? e.version() : fixed;
                }
                ranges.add(events);
            }
            Set<String> versions = new HashSet<>();
            affected.path("versions").forEach(v -> versions.add(v.asText()));
            out.add(new Advisory(id, aliases, summary, ecosystem, normalise(ecosystem,
                    affected.path("package").path("name").asText()), ranges, versions, fixed));
        }
        return out;
    }

    /** Package names as each ecosystem compares them (PyPI: case-insensitive, - _ . alike). */
    static String normalise(String ecosystem, String name) {
        return ecosystem.equals("PyPI") ? name.toLowerCase(java.util.Locale.ROOT).replaceAll("[._-]+", "-") : name;
    }
}
