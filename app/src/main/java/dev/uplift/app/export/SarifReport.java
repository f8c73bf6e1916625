package dev.uplift.app.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.uplift.analysis.rules.RuleCatalog;
import dev.uplift.model.Assessment;
import dev.uplift.model.ComponentAssessment;
import dev.uplift.model.Finding;
import dev.uplift.model.Rule;
import dev.uplift.model.Severity;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The findings as SARIF 2.1.0, the format code hosts and IDEs read: one run, Uplift as its tool with
 * every rule it reports (description, fix, CWE tag), and one result per finding, located by a path
 * relative to {@code SRCROOT} (the repository) and a line. Exempted findings carry the exemption as an
 * external suppression. Evidence never holds a secret (findings are masked before they are stored).
 */
public final class SarifReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SarifReport() {
    }

    public static void write(Assessment a, String toolVersion, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            JSON.writeValue(out, toTree(a, toolVersion));
        }
    }

    public static ObjectNode toTree(Assessment a, String toolVersion) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "Uplift").put("version", toolVersion).put("informationUri", "https://uplift.dev/docs/scoring");
        ArrayNode rules = driver.putArray("rules");
        Map<String, Rule> catalog = new HashMap<>();
        RuleCatalog.all().forEach(r -> catalog.putIfAbsent(r.id(), r));
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        a.components().forEach(c -> c.findings().forEach(f -> ruleIndex.computeIfAbsent(f.ruleId(), id -> {
            rule(rules.addObject(), id, catalog.get(id), f);
            return ruleIndex.size();
        })));
        run.putObject("originalUriBaseIds").putObject("SRCROOT").put("uri", directoryUri(a.repository()));
        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", true).put("endTimeUtc", a.assessedAt().toString());
        if (a.commit() != null) {
            run.putArray("versionControlProvenance").addObject().put("revisionId", a.commit())
                    .put("repositoryUri", directoryUri(a.repository()));
        }
        ArrayNode results = run.putArray("results");
        for (ComponentAssessment c : a.components()) {
            for (Finding f : c.findings()) {
                if (f.occurrences().isEmpty()) {
                    result(results.addObject(), f, ruleIndex.get(f.ruleId()), c, f.line(), "");
                } else { // a result per line, as code hosts show them
                    for (int i = 0; i < f.occurrences().size(); i++) {
                        result(results.addObject(), f, ruleIndex.get(f.ruleId()), c, f.occurrences().get(i), ":" + i);
                    }
                }
            }
        }
        return root;
    }

    private static void rule(ObjectNode o, String id, Rule rule, Finding example) {
        o.put("id", id);
        if (rule == null) { // a rule of an older Uplift, kept in the database
            o.putObject("shortDescription").put("text", id);
            o.putObject("defaultConfiguration").put("level", level(example.severity()));
            return;
        }
        o.put("name", rule.name());
        o.putObject("shortDescription").put("text", rule.name());
        o.putObject("fullDescription").put("text", rule.description());
        o.putObject("help").put("text", rule.fix());
        o.putObject("defaultConfiguration").put("level", level(rule.severity()));
        ObjectNode properties = o.putObject("properties");
        ArrayNode tags = properties.putArray("tags").add(rule.category().id());
        if (rule.cwe() != null) {
            tags.add("external/cwe/cwe-" + rule.cwe());
        }
        properties.put("severity", rule.severity().name().toLowerCase(Locale.ROOT));
    }

    /** @param occurrence "" for a single finding, ":n" for the n-th line of a grouped one (keeps fingerprints apart) */
    private static void result(ObjectNode o, Finding f, int ruleIndex, ComponentAssessment c, int line, String occurrence) {
        o.put("ruleId", f.ruleId()).put("ruleIndex", ruleIndex).put("level", level(f.severity()));
        if (f.review()) { // SARIF's own word for "a person should look": nothing untrusted was traced to it
            o.put("kind", "review").put("rank", 30.0);
        }
        o.putObject("message").put("text", f.message());
        ObjectNode location = o.putArray("locations").addObject();
        if (f.file() != null && !f.file().isBlank() && line > 0) {
            ObjectNode physical = location.putObject("physicalLocation");
            physical.putObject("artifactLocation").put("uri", relativeUri(f.file())).put("uriBaseId", "SRCROOT");
            ObjectNode region = physical.putObject("region").put("startLine", line);
            if (line == f.line() && f.evidence() != null && !f.evidence().isBlank()) {
                region.putObject("snippet").put("text", f.evidence());
            }
        } else { // about the whole component (no tests, no retries…): a module, not a place in a file
            location.putArray("logicalLocations").addObject().put("name", c.component().name())
                    .put("fullyQualifiedName", c.component().path()).put("kind", "module");
        }
        if (!f.trace().isEmpty()) { // the data flow, as code hosts draw it: one thread from source to sink
            ArrayNode steps = o.putArray("codeFlows").addObject().putArray("threadFlows").addObject()
                    .putArray("locations");
            for (var t : f.trace()) {
                ObjectNode at = steps.addObject().putObject("location");
                ObjectNode physical = at.putObject("physicalLocation");
                physical.putObject("artifactLocation").put("uri", relativeUri(t.file())).put("uriBaseId", "SRCROOT");
                physical.putObject("region").put("startLine", t.line());
                at.putObject("message").put("text", t.note());
            }
        }
        // stable across runs while the finding stays: code hosts match results by it
        o.putObject("partialFingerprints").put("uplift/v1", f.ruleId() + ":" + f.file() + ":" + f.message() + occurrence);
        ObjectNode properties = o.putObject("properties").put("component", c.component().name())
                .put("category", f.category().id()).put("effortMinutes", f.effortMinutes())
                .put("confidence", f.confidence());
        if (f.cwe() != null) {
            properties.put("cwe", "CWE-" + f.cwe());
        }
        if (f.exemption() != null) {
            o.putArray("suppressions").addObject().put("kind", "external").put("justification", f.exemption());
        }
    }

    /** SARIF's levels: what blocks or is critical is an error, a major finding a warning, the rest a note. */
    static String level(Severity severity) {
        return switch (severity) {
            case BLOCKER, CRITICAL -> "error";
            case MAJOR -> "warning";
            default -> "note";
        };
    }

    /** A repository-relative path as a relative URI reference: each segment percent-encoded. */
    static String relativeUri(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString(); // RFC 3986: non-ASCII percent-encoded too
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a path: " + path, e);
        }
    }

    private static String directoryUri(String folder) {
        String uri = Path.of(folder).toUri().toString();
        return uri.endsWith("/") ? uri : uri + "/";
    }
}
