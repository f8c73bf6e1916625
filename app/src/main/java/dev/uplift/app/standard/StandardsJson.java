package dev.uplift.app.standard;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.uplift.model.Exemption;
import dev.uplift.model.ProductionStandards;
import dev.uplift.model.RequiredControl;
import dev.uplift.model.Severity;
import dev.uplift.model.Thresholds;
import dev.uplift.model.Tier;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes standards in the documented JSON format. Reading validates everything and fails
 * with one message naming the field, so a bad file never half-applies.
 */
public final class StandardsJson {
    static final long MAX_BYTES = 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(50).build()).build())
            .enable(SerializationFeature.INDENT_OUTPUT);
    private static final Set<String> SCORE_KEYS = Set.of("codeQuality", "security", "performance", "testCoverage",
            "documentation");

    /** A standard file that cannot be used, with what is wrong in it. */
    public static final class InvalidStandardException extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidStandardException(String message) {
            super(message);
        }
    }

    private StandardsJson() {
    }

    public static ProductionStandards read(Path file) throws IOException, InvalidStandardException {
        if (Files.size(file) > MAX_BYTES) {
            throw new InvalidStandardException(file + " is larger than 1 MiB; not a standard");
        }
        return parse(Files.readString(file));
    }

    public static ProductionStandards parse(String json) throws InvalidStandardException {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidStandardException("not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new InvalidStandardException("a standard is a JSON object");
        }
        String name = text(root, "name", null);
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new InvalidStandardException("'name' is required (1–200 characters)");
        }
        Thresholds thresholds = Thresholds.seedDefaults().with(scores(root.path("thresholds"), "thresholds"));
        Map<Tier, Map<String, Double>> tiers = new EnumMap<>(Tier.class);
        for (Map.Entry<String, JsonNode> e : root.path("tierOverrides").properties()) {
            Tier tier;
            try {
                tier = Tier.valueOf(e.getKey());
            } catch (IllegalArgumentException ex) {
                throw new InvalidStandardException("tierOverrides: unknown tier '" + e.getKey() + "' (P1…P4)");
            }
            tiers.put(tier, scores(e.getValue(), "tierOverrides." + e.getKey()));
        }
        List<RequiredControl> controls = new ArrayList<>();
        for (JsonNode c : array(root, "requiredControls")) {
            String id = text(c, "id", "requiredControls");
            controls.add(new RequiredControl(id, text(c, "title", id), text(c, "ruleId", "requiredControls." + id)));
        }
        Map<String, Severity> severities = new HashMap<>();
        for (Map.Entry<String, JsonNode> e : root.path("ruleSeverities").properties()) {
            try {
                severities.put(e.getKey(), Severity.valueOf(e.getValue().asText().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException ex) {
                throw new InvalidStandardException("ruleSeverities." + e.getKey() + ": unknown severity '"
                        + e.getValue().asText() + "' (blocker, critical, major, minor, info)");
            }
        }
        List<Exemption> exemptions = new ArrayList<>();
        for (JsonNode x : array(root, "exemptions")) {
            exemptions.add(exemption(x));
        }
        boolean hasControls = root.has("requiredControls");
        return new ProductionStandards(name.strip(), thresholds, tiers,
                hasControls ? controls : ProductionStandards.defaults().requiredControls(), severities, exemptions);
    }

    private static Exemption exemption(JsonNode x) throws InvalidStandardException {
        String rule = text(x, "ruleId", "exemptions");
        LocalDate expires = null;
        if (x.hasNonNull("expires")) {
            try {
                expires = LocalDate.parse(x.get("expires").asText());
            } catch (DateTimeParseException e) {
                throw new InvalidStandardException("exemptions." + rule + ".expires: not a date (YYYY-MM-DD)");
            }
        }
        try {
            return new Exemption(rule, text(x, "component", null), text(x, "file", null),
                    x.hasNonNull("line") ? x.get("line").asInt() : null, text(x, "reason", null),
                    text(x, "owner", null), expires);
        } catch (IllegalArgumentException e) {
            throw new InvalidStandardException("exemptions: " + e.getMessage());
        }
    }

    public static String write(ProductionStandards s) {
        ObjectNode root = JSON.createObjectNode();
        root.put("name", s.name());
        ObjectNode t = root.putObject("thresholds");
        t.put("codeQuality", s.thresholds().codeQuality());
        t.put("security", s.thresholds().security());
        t.put("performance", s.thresholds().performance());
        t.put("testCoverage", s.thresholds().testCoverage());
        t.put("documentation", s.thresholds().documentation());
        ObjectNode tiers = root.putObject("tierOverrides");
        s.tierOverrides().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> e.getValue().forEach(tiers.putObject(e.getKey().name())::put));
        ArrayNode controls = root.putArray("requiredControls");
        s.requiredControls().forEach(c -> controls.addObject().put("id", c.id()).put("title", c.title())
                .put("ruleId", c.ruleId()));
        ObjectNode severities = root.putObject("ruleSeverities");
        s.ruleSeverities().forEach((rule, sev) -> severities.put(rule, sev.name().toLowerCase(Locale.ROOT)));
        ArrayNode exemptions = root.putArray("exemptions");
        for (Exemption e : s.exemptions()) {
            ObjectNode o = exemptions.addObject().put("ruleId", e.ruleId());
            o.put("component", e.componentId()).put("file", e.file());
            if (e.line() == null) {
                o.putNull("line");
            } else {
                o.put("line", e.line());
            }
            o.put("reason", e.reason()).put("owner", e.owner()).put("expires", e.expires() == null ? null
                    : e.expires().toString());
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree always serialises", e);
        }
    }

    private static Map<String, Double> scores(JsonNode node, String where) throws InvalidStandardException {
        Map<String, Double> out = new HashMap<>();
        if (node.isMissingNode() || node.isNull()) {
            return out;
        }
        if (!node.isObject()) {
            throw new InvalidStandardException(where + " must be an object of scores");
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (!SCORE_KEYS.contains(e.getKey())) {
                throw new InvalidStandardException(where + ": unknown score '" + e.getKey() + "' (" + SCORE_KEYS + ")");
            }
            double max = e.getKey().equals("testCoverage") ? 100 : 10;
            if (!e.getValue().isNumber() || e.getValue().asDouble() < 0 || e.getValue().asDouble() > max) {
                throw new InvalidStandardException(where + "." + e.getKey() + " must be a number from 0 to " + (int) max);
            }
            out.put(e.getKey(), e.getValue().asDouble());
        }
        return out;
    }

    private static List<JsonNode> array(JsonNode root, String field) throws InvalidStandardException {
        JsonNode node = root.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new InvalidStandardException("'" + field + "' must be an array");
        }
        List<JsonNode> out = new ArrayList<>();
        node.forEach(out::add);
        return out;
    }

    /** A text field; required (error names {@code where}) unless {@code where} is null. */
    private static String text(JsonNode node, String field, String where) throws InvalidStandardException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (where != null && !where.equals(field)) {
                throw new InvalidStandardException(where + ": '" + field + "' is required");
            }
            return null;
        }
        return v.asText();
    }
}
