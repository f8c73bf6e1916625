package dev.uplift.app.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.uplift.analysis.engine.AssessmentEngine;
import dev.uplift.model.Assessment;
import dev.uplift.model.AssessmentSummary;
import dev.uplift.model.AssessmentWarning;
import dev.uplift.model.Category;
import dev.uplift.model.Component;
import dev.uplift.model.ComponentAssessment;
import dev.uplift.model.ComponentKind;
import dev.uplift.model.ComponentMetrics;
import dev.uplift.model.CoverageSource;
import dev.uplift.model.Finding;
import dev.uplift.model.ScoreDeduction;
import dev.uplift.model.Scores;
import dev.uplift.model.Severity;
import dev.uplift.model.TraceStep;
import dev.uplift.model.Tier;
import dev.uplift.model.TrendPoint;
import dev.uplift.model.checklist.CheckResult;
import dev.uplift.model.checklist.CheckState;
import dev.uplift.model.checklist.ChecklistArea;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Writes and reads assessments. Each save is one transaction: all of it lands, or none. Thread-safe. */
public final class AssessmentStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The key of the repository's own checklist among the checklists by component position. */
    private static final int REPOSITORY = -1;
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final Database database;

    public AssessmentStore(Database database) {
        this.database = database;
    }

    /**
     * Stores the assessment and, in the same transaction, runs {@code alsoInTransaction} (used to
     * store new cache entries), so a crash or failure leaves earlier assessments as they were.
     */
    public void save(Assessment a, Consumer<Handle> alsoInTransaction) {
        database.jdbi().useTransaction(h -> {
            insert(h, a, AssessmentEngine.VERSION);
            alsoInTransaction.accept(h);
        });
    }

    /** Writes the assessment within the caller's transaction (a save, or a workspace import). */
    public static void insert(Handle h, Assessment a, String engineVersion) {
        h.createUpdate("INSERT INTO assessment (id, repository, assessed_at, commit_id, standard, readiness, "
                        + "component_count, finding_count, engine_version) VALUES (:id, :repo, :at, :commit, "
                        + ":standard, :readiness, :components, :findings, :engine)")
                .bind("id", a.id()).bind("repo", a.repository()).bind("at", a.assessedAt().atOffset(ZoneOffset.UTC))
                .bind("commit", a.commit()).bind("standard", a.standard()).bind("readiness", a.readiness())
                .bind("components", a.components().size()).bind("findings", a.findingCount())
                .bind("engine", engineVersion)
                .execute();
        insertComponents(h, a);
        insertWarnings(h, a);
        insertChecklist(h, a);
    }

    /** Whether an assessment with the id is stored. */
    public static boolean exists(Handle h, String id) {
        return h.createQuery("SELECT COUNT(*) FROM assessment WHERE id = :id").bind("id", id).mapTo(Integer.class).one() > 0;
    }

    private static void insertComponents(Handle h, Assessment a) {
        PreparedBatch components = h.prepareBatch("INSERT INTO component_assessment (assessment_id, position, "
                + "component_id, name, path, kind, languages, tier, tier_reason, depends_on, coverage_source, "
                + "code_quality, security, performance, test_coverage, documentation, error_handling, observability, "
                + "operations, readiness) VALUES (:a, :pos, :id, :name, :path, :kind, :languages, :tier, :reason, "
                + ":deps, :coverage, :q, :s, :p, :t, :d, :e, :o, :ops, :r)");
        PreparedBatch metrics = h.prepareBatch("INSERT INTO metric (assessment_id, component_pos, name, metric_value) "
                + "VALUES (:a, :pos, :name, :value)");
        PreparedBatch findings = h.prepareBatch("INSERT INTO finding (assessment_id, component_pos, rule_id, category, "
                + "severity, file_path, line_no, message, evidence, effort_minutes, cwe, exemption, occurrences, review, "
                + "trace) VALUES (:a, :pos, :rule, :category, :severity, :file, :line, :message, :evidence, :effort, :cwe, "
                + ":exemption, :occurrences, :review, :trace)");
        PreparedBatch deductions = h.prepareBatch("INSERT INTO score_deduction (assessment_id, component_pos, "
                + "position, score, source, detail, points) VALUES (:a, :pos, :n, :score, :source, :detail, :points)");
        for (int pos = 0; pos < a.components().size(); pos++) {
            ComponentAssessment ca = a.components().get(pos);
            Component c = ca.component();
            Scores s = ca.scores();
            components.bind("a", a.id()).bind("pos", pos).bind("id", c.id()).bind("name", c.name())
                    .bind("path", c.path()).bind("kind", c.kind().name()).bind("languages", json(c.languages()))
                    .bind("tier", c.tier().name()).bind("reason", c.tierReason()).bind("deps", json(c.dependsOn()))
                    .bind("coverage", ca.coverageSource().name()).bind("q", s.codeQuality()).bind("s", s.security())
                    .bind("p", s.performance()).bind("t", s.testCoverage()).bind("d", s.documentation())
                    .bind("e", s.errorHandling()).bind("o", s.observability()).bind("ops", s.operations())
                    .bind("r", s.readiness()).add();
            for (Map.Entry<String, Double> m : ca.metrics().asMap().entrySet()) {
                metrics.bind("a", a.id()).bind("pos", pos).bind("name", m.getKey()).bind("value", m.getValue()).add();
            }
            for (Finding f : ca.findings()) {
                findings.bind("a", a.id()).bind("pos", pos).bind("rule", f.ruleId()).bind("category", f.category().id())
                        .bind("severity", f.severity().name()).bind("file", f.file()).bind("line", f.line())
                        .bind("message", clip(f.message())).bind("evidence", clip(f.evidence()))
                        .bind("effort", f.effortMinutes()).bind("cwe", f.cwe()).bind("exemption", clip(f.exemption()))
                        .bind("occurrences", f.occurrences().isEmpty() ? null : f.occurrences().stream()
                                .map(String::valueOf).collect(java.util.stream.Collectors.joining(",")))
                        .bind("review", f.review()).bind("trace", f.trace().isEmpty() ? null : traceJson(f.trace())).add();
            }
            int n = 0;
            for (ScoreDeduction d : ca.deductions()) {
                deductions.bind("a", a.id()).bind("pos", pos).bind("n", n++).bind("score", d.score())
                        .bind("source", d.source()).bind("detail", clip(d.detail())).bind("points", d.points()).add();
            }
        }
        for (PreparedBatch batch : List.of(components, metrics, findings, deductions)) {
            if (batch.size() > 0) {
                batch.execute();
            }
        }
    }

    private static void insertWarnings(Handle h, Assessment a) {
        PreparedBatch warnings = h.prepareBatch("INSERT INTO assessment_warning (assessment_id, position, file_path, "
                + "message) VALUES (:a, :n, :file, :message)");
        for (int n = 0; n < a.warnings().size(); n++) {
            AssessmentWarning w = a.warnings().get(n);
            warnings.bind("a", a.id()).bind("n", n).bind("file", w.file()).bind("message", clip(w.message())).add();
        }
        if (warnings.size() > 0) {
            warnings.execute();
        }
    }

    /** The repository's items (no component) first, then each component's, numbered on through one sequence. */
    private static void insertChecklist(Handle h, Assessment a) {
        PreparedBatch batch = h.prepareBatch("INSERT INTO checklist_item (assessment_id, position, component_pos, "
                + "check_id, area, title, state, evidence, manual_evidence) "
                + "VALUES (:a, :n, :pos, :id, :area, :title, :state, :evidence, :manual)");
        int n = 0;
        for (CheckResult c : a.checklist()) {
            bindItem(batch, a, n++, null, c);
        }
        for (int pos = 0; pos < a.components().size(); pos++) {
            for (CheckResult c : a.components().get(pos).checklist()) {
                bindItem(batch, a, n++, pos, c);
            }
        }
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    private static void bindItem(PreparedBatch batch, Assessment a, int n, Integer componentPos, CheckResult c) {
        batch.bind("a", a.id()).bind("n", n).bind("pos", componentPos).bind("id", c.id()).bind("area", c.area().name())
                .bind("title", c.title()).bind("state", c.state().name()).bind("evidence", clip(c.evidence()))
                .bind("manual", clip(c.manualEvidence())).add();
    }

    /** Checklist items by component position; the repository's under {@link #REPOSITORY}. */
    private static Map<Integer, List<CheckResult>> loadChecklists(Handle h, String id) {
        Map<Integer, List<CheckResult>> out = new HashMap<>();
        h.createQuery("SELECT component_pos, check_id, area, title, state, evidence, manual_evidence FROM checklist_item "
                + "WHERE assessment_id = :id ORDER BY position").bind("id", id).map((rs, ctx) -> {
                    Integer pos = (Integer) rs.getObject(1);
                    return out.computeIfAbsent(pos == null ? REPOSITORY : pos, k -> new ArrayList<>()).add(
                            new CheckResult(rs.getString(2), ChecklistArea.valueOf(rs.getString(3)), rs.getString(4),
                                    CheckState.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7)));
                }).list();
        return out;
    }

    public List<AssessmentSummary> history(String repository) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT id, repository, assessed_at, commit_id, readiness, "
                        + "component_count, finding_count FROM assessment WHERE repository = :repo ORDER BY assessed_at DESC")
                .bind("repo", repository)
                .map((rs, ctx) -> new AssessmentSummary(rs.getString("id"), rs.getString("repository"),
                        instant(rs, "assessed_at"), rs.getString("commit_id"), rs.getDouble("readiness"),
                        rs.getInt("component_count"), rs.getInt("finding_count")))
                .list());
    }

    /**
     * Every assessment of the repository as a trend point, oldest first: two aggregate queries, so a long
     * history with many findings does not load every finding.
     */
    public List<TrendPoint> trend(String repository) {
        return database.jdbi().withHandle(h -> {
            Map<String, Map<Category, Integer>> findings = new HashMap<>();
            h.createQuery("SELECT f.assessment_id, f.category, COUNT(*) FROM finding f JOIN assessment a ON a.id = "
                            + "f.assessment_id WHERE a.repository = :r AND f.exemption IS NULL GROUP BY f.assessment_id, "
                            + "f.category").bind("r", repository)
                    .map((rs, ctx) -> findings.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(
                            Category.class)).put(Category.fromId(rs.getString(2)), rs.getInt(3))).list();
            return h.createQuery("SELECT a.id, a.assessed_at, a.readiness, " + TREND_MEANS + " FROM assessment a "
                            + "JOIN component_assessment c ON c.assessment_id = a.id LEFT JOIN metric m ON "
                            + "m.assessment_id = c.assessment_id AND m.component_pos = c.position AND m.name = 'linesOfCode' "
                            + "WHERE a.repository = :r GROUP BY a.id, a.assessed_at, a.readiness ORDER BY a.assessed_at")
                    .bind("r", repository).map((rs, ctx) -> {
                        Map<Category, Double> scores = new EnumMap<>(Category.class);
                        for (int i = 0; i < TREND_COLUMNS.size(); i++) {
                            scores.put(TREND_COLUMNS.get(i).getKey(), rs.getDouble(4 + i));
                        }
                        String id = rs.getString(1);
                        return new TrendPoint(id, instant(rs, "assessed_at"), rs.getDouble(3), scores,
                                findings.getOrDefault(id, Map.of()));
                    }).list();
        });
    }

    /** The score columns of a component, by category, for the trend's weighted means. */
    private static final List<Map.Entry<Category, String>> TREND_COLUMNS = List.of(
            Map.entry(Category.CODE_QUALITY, "code_quality"), Map.entry(Category.SECURITY, "security"),
            Map.entry(Category.PERFORMANCE, "performance"), Map.entry(Category.TESTING, "test_coverage"),
            Map.entry(Category.DOCUMENTATION, "documentation"), Map.entry(Category.ERROR_HANDLING, "error_handling"),
            Map.entry(Category.OBSERVABILITY, "observability"), Map.entry(Category.OPERATIONS, "operations"));
    /** Each component weighs its lines of code, at least one, as in {@link Assessment#weightedMean}. */
    private static final String TREND_MEANS = TREND_COLUMNS.stream().map(e -> "SUM(c." + e.getValue()
            + " * GREATEST(1, COALESCE(m.metric_value, 0))) / SUM(GREATEST(1, COALESCE(m.metric_value, 0)))")
            .collect(Collectors.joining(", "));

    public Optional<Assessment> latest(String repository) {
        return history(repository).stream().findFirst().flatMap(s -> load(s.id()));
    }

    public Optional<Assessment> load(String id) {
        return database.jdbi().withHandle(h -> {
            Optional<Map<String, Object>> head = h.createQuery("SELECT repository, assessed_at, commit_id, standard "
                    + "FROM assessment WHERE id = :id").bind("id", id).map((rs, ctx) -> {
                        Map<String, Object> m = new HashMap<>();
                        m.put("repository", rs.getString("repository"));
                        m.put("at", instant(rs, "assessed_at"));
                        m.put("commit", rs.getString("commit_id"));
                        m.put("standard", rs.getString("standard"));
                        return m;
                    }).findOne();
            if (head.isEmpty()) {
                return Optional.empty();
            }
            Map<String, Object> m = head.get();
            Map<Integer, List<CheckResult>> checklists = loadChecklists(h, id);
            return Optional.of(new Assessment(id, (String) m.get("repository"), (Instant) m.get("at"),
                    (String) m.get("commit"), (String) m.get("standard"), loadComponents(h, id, checklists),
                    loadWarnings(h, id), checklists.getOrDefault(REPOSITORY, List.of())));
        });
    }

    private static List<ComponentAssessment> loadComponents(Handle h, String id,
                                                             Map<Integer, List<CheckResult>> checklists) {
        Map<Integer, Map<String, Double>> metrics = new HashMap<>();
        h.createQuery("SELECT component_pos, name, metric_value FROM metric WHERE assessment_id = :id").bind("id", id)
                .map((rs, ctx) -> metrics.computeIfAbsent(rs.getInt(1), k -> new HashMap<>())
                        .put(rs.getString(2), rs.getDouble(3))).list();
        Map<Integer, List<Finding>> findings = new HashMap<>();
        h.createQuery("SELECT * FROM finding WHERE assessment_id = :id ORDER BY id").bind("id", id)
                .map((rs, ctx) -> findings.computeIfAbsent(rs.getInt("component_pos"), k -> new ArrayList<>()).add(
                        new Finding(rs.getString("rule_id"), Category.fromId(rs.getString("category")),
                                Severity.valueOf(rs.getString("severity")), rs.getString("file_path"), rs.getInt("line_no"),
                                rs.getString("message"), rs.getString("evidence"), rs.getInt("effort_minutes"),
                                (Integer) rs.getObject("cwe"), rs.getString("exemption"),
                                lines(rs.getString("occurrences")), rs.getBoolean("review"),
                                trace(rs.getString("trace"))))).list();
        Map<Integer, List<ScoreDeduction>> deductions = new HashMap<>();
        h.createQuery("SELECT * FROM score_deduction WHERE assessment_id = :id ORDER BY component_pos, position")
                .bind("id", id)
                .map((rs, ctx) -> deductions.computeIfAbsent(rs.getInt("component_pos"), k -> new ArrayList<>()).add(
                        new ScoreDeduction(rs.getString("score"), rs.getString("source"),
                                rs.getString("detail"), rs.getDouble("points")))).list();
        Map<Integer, ComponentAssessment> byPosition = new LinkedHashMap<>();
        h.createQuery("SELECT * FROM component_assessment WHERE assessment_id = :id ORDER BY position").bind("id", id)
                .map((rs, ctx) -> {
                    int pos = rs.getInt("position");
                    Component c = new Component(rs.getString("component_id"), rs.getString("name"), rs.getString("path"),
                            ComponentKind.valueOf(rs.getString("kind")), list(rs.getString("languages")),
                            Tier.valueOf(rs.getString("tier")), rs.getString("tier_reason"), list(rs.getString("depends_on")));
                    Scores s = new Scores(rs.getDouble("code_quality"), rs.getDouble("security"),
                            rs.getDouble("performance"), rs.getDouble("test_coverage"), rs.getDouble("documentation"),
                            rs.getDouble("error_handling"), rs.getDouble("observability"), rs.getDouble("operations"),
                            rs.getDouble("readiness"));
                    return byPosition.put(pos, new ComponentAssessment(c,
                            ComponentMetrics.fromMap(metrics.getOrDefault(pos, Map.of())), s,
                            deductions.getOrDefault(pos, List.of()), CoverageSource.valueOf(rs.getString("coverage_source")),
                            findings.getOrDefault(pos, List.of()), checklists.getOrDefault(pos, List.of())));
                }).list();
        return new ArrayList<>(byPosition.values());
    }

    private static List<AssessmentWarning> loadWarnings(Handle h, String id) {
        return h.createQuery("SELECT file_path, message FROM assessment_warning WHERE assessment_id = :id ORDER BY position")
                .bind("id", id).map((rs, ctx) -> new AssessmentWarning(rs.getString(1), rs.getString(2))).list();
    }

    /** Remembers that the repository was opened now, within the caller's transaction. */
    public static void touchRecent(Handle h, String repository) {
        h.createUpdate("MERGE INTO recent_repository (path, opened_at) KEY (path) VALUES (:path, :at)")
                .bind("path", repository).bind("at", OffsetDateTime.now(ZoneOffset.UTC)).execute();
    }

    /** Remembers that the repository was opened now. */
    public void touchRecent(String repository) {
        database.jdbi().useHandle(h -> touchRecent(h, repository));
    }

    public List<String> recent(int limit) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT path FROM recent_repository ORDER BY opened_at DESC "
                + "LIMIT :n").bind("n", limit).mapTo(String.class).list());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static String traceJson(List<TraceStep> steps) {
        try {
            return JSON.writeValueAsString(steps);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a trace of records of strings and ints always serialises", e);
        }
    }

    private static String json(List<String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings always serialises", e);
        }
    }

    private static List<String> list(String json) {
        try {
            return JSON.readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored list is not JSON: " + json, e);
        }
    }

    /** Keeps text within the column sizes; a message that long is cut, never rejected. */
    private static String clip(String s) {
        return Columns.clip(s, 4000);
    }

    /** The stored occurrences ("12,40,41"), or none. */
    private static List<Integer> lines(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(stored.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }

    /** A stored trace (JSON array of {file, line, note}), or none. */
    private static List<TraceStep> trace(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        try {
            return List.of(JSON.readValue(stored, TraceStep[].class));
        } catch (java.io.IOException e) {
            return List.of(); // a damaged trace must not cost the finding
        }
    }
}
