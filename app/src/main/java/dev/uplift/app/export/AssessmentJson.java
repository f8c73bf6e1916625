package dev.uplift.app.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.uplift.analysis.rules.RuleCatalog;
import dev.uplift.model.Assessment;
import dev.uplift.model.AssessmentWarning;
import dev.uplift.model.Category;
import dev.uplift.model.ComponentAssessment;
import dev.uplift.model.Finding;
import dev.uplift.model.ScoreDeduction;
import dev.uplift.model.Rule;
import dev.uplift.model.Scores;
import dev.uplift.model.checklist.CheckResult;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The assessment JSON of design.md §7, key for key; additions are documented in docs/cli.md.
 * File paths are repository-relative as the model keeps them.
 */
public final class AssessmentJson {
    /** Version of this document's shape; bump on incompatible changes. */
    public static final int SCHEMA_VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private AssessmentJson() {
    }

    public static void write(Assessment a, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            JSON.writeValue(out, toTree(a));
        }
    }

    public static ObjectNode toTree(Assessment a) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("repository", a.repository());
        root.put("assessedAt", a.assessedAt().toString());
        root.put("commit", a.commit());
        root.put("standard", a.standard());
        root.put("readiness", round(a.readiness()));
        ArrayNode components = root.putArray("components");
        a.components().forEach(c -> components.add(component(c)));
        checklist(root.putArray("checklist"), a.checklist());
        rules(root.putArray("rules"), a);
        ArrayNode warnings = root.putArray("warnings");
        for (AssessmentWarning w : a.warnings()) {
            warnings.addObject().put("file", w.file()).put("message", w.message());
        }
        return root;
    }

    private static ObjectNode component(ComponentAssessment ca) {
        ObjectNode c = JSON.createObjectNode();
        c.put("id", ca.component().id());
        c.put("name", ca.component().name());
        c.put("path", ca.component().path());
        c.put("kind", ca.component().kind().label());
        strings(c.putArray("languages"), ca.component().languages());
        c.put("tier", ca.component().tier().name());
        c.put("tierReason", ca.component().tierReason());
        c.put("linesOfCode", ca.metrics().linesOfCode());
        strings(c.putArray("dependsOn"), ca.component().dependsOn());
        Scores s = ca.scores();
        ObjectNode scores = c.putObject("scores");
        for (Category category : List.of(Category.CODE_QUALITY, Category.SECURITY, Category.PERFORMANCE,
                Category.TESTING, Category.DOCUMENTATION, Category.ERROR_HANDLING, Category.OBSERVABILITY,
                Category.OPERATIONS)) {
            scores.put(category.jsonKey(), s.of(category));
        }
        scores.put("readiness", s.readiness());
        c.put("coverageSource", ca.coverageSource().label());
        ObjectNode metrics = c.putObject("metrics");
        for (Map.Entry<String, Double> m : ca.metrics().asMap().entrySet()) {
            metrics.put(m.getKey(), m.getValue());
        }
        metrics.put("stubRatio", round(ca.metrics().stubRatio()));
        ArrayNode why = c.putArray("scoreDeductions");
        for (ScoreDeduction d : ca.deductions()) {
            why.addObject().put("score", d.score()).put("source", d.source()).put("detail", d.detail())
                    .put("points", round(d.points()));
        }
        ArrayNode findings = c.putArray("findings");
        for (Finding f : ca.findings()) {
            ObjectNode o = findings.addObject();
            o.put("ruleId", f.ruleId());
            o.put("category", f.category().id());
            o.put("severity", f.severity().name().toLowerCase(Locale.ROOT));
            o.put("file", f.file());
            o.put("line", f.line());
            ArrayNode occurrences = o.putArray("occurrences"); // every line of the rule in the file
            f.lines().forEach(occurrences::add);
            o.put("message", f.message());
            o.put("confidence", f.confidence()); // "review": nothing untrusted traced to it
            ArrayNode trace = o.putArray("trace"); // a confirmed data flow: source first, the sink last
            f.trace().forEach(t -> trace.addObject().put("file", t.file()).put("line", t.line()).put("note", t.note()));
            o.put("effortMinutes", f.effortMinutes());
            if (f.cwe() == null) {
                o.putNull("cwe");
            } else {
                o.put("cwe", f.cwe());
            }
            o.put("evidence", f.evidence());
            o.put("exemption", f.exemption());
        }
        checklist(c.putArray("checklist"), ca.checklist());
        return c;
    }

    /** What each rule with a finding here checks and how to fix it, so the file explains itself offline. */
    private static void rules(ArrayNode array, Assessment a) {
        java.util.Set<String> used = new java.util.TreeSet<>();
        a.components().forEach(c -> c.findings().forEach(f -> used.add(f.ruleId())));
        java.util.Map<String, Rule> catalog = new java.util.HashMap<>();
        RuleCatalog.all().forEach(r -> catalog.put(r.id(), r));
        for (String id : used) {
            Rule r = catalog.get(id);
            if (r == null) {
                continue; // a rule of an older Uplift, kept in the database
            }
            ObjectNode o = array.addObject().put("id", r.id()).put("name", r.name()).put("category", r.category().id())
                    .put("severity", r.severity().name().toLowerCase(Locale.ROOT));
            if (r.cwe() == null) {
                o.putNull("cwe");
            } else {
                o.put("cwe", r.cwe());
            }
            o.put("description", r.description()).put("fix", r.fix());
        }
    }

    private static void checklist(ArrayNode array, List<CheckResult> items) {
        items.forEach(c -> array.addObject().put("id", c.id()).put("area", c.area().name()
                .toLowerCase(Locale.ROOT).replace('_', '-')).put("title", c.title())
                .put("state", c.state().name().toLowerCase(Locale.ROOT).replace('_', '-')).put("evidence", c.evidence())
                .put("manualEvidence", c.manualEvidence()));
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
