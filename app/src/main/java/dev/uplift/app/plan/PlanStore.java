package dev.uplift.app.plan;

import dev.uplift.app.store.Database;
import dev.uplift.model.plan.PlanEdits;
import dev.uplift.model.plan.Team;
import dev.uplift.model.plan.UpgradePlan;
import org.jdbi.v3.core.Handle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Plan versions and the user's edits in the database. Thread-safe. */
public final class PlanStore {
    private final Database database;

    public PlanStore(Database database) {
        this.database = database;
    }

    public void save(UpgradePlan plan) {
        database.jdbi().useHandle(h -> insert(h, plan));
    }

    /** Writes a plan version within the caller's transaction (a save, or a workspace import). */
    public static void insert(Handle h, UpgradePlan plan) {
        h.createUpdate("INSERT INTO plan (id, repository, assessment_id, created_at, document) VALUES (:id, :repo, :a, "
                        + ":at, :doc)").bind("id", plan.id()).bind("repo", plan.repository()).bind("a", plan.assessmentId())
                .bind("at", plan.createdAt().atOffset(ZoneOffset.UTC)).bind("doc", PlanJson.write(plan)).execute();
    }

    /** Remembers the team the repository is planned with (people and focus hours per skill). */
    public void saveTeam(String repository, Team team) {
        database.jdbi().useHandle(h -> h.createUpdate("MERGE INTO setting (setting_key, setting_value) KEY (setting_key) "
                + "VALUES (:k, :v)").bind("k", "team:" + repository).bind("v", TeamFile.write(team)).execute());
    }

    /** The team the repository was last planned with, if one was stored. */
    public Optional<Team> team(String repository) {
        Optional<String> json = database.jdbi().withHandle(h -> h.createQuery("SELECT setting_value FROM setting "
                + "WHERE setting_key = :k").bind("k", "team:" + repository).mapTo(String.class).findOne());
        try {
            return json.isEmpty() ? Optional.empty() : Optional.of(TeamFile.parse(json.get()));
        } catch (IOException e) {
            throw new UncheckedIOException("the stored team no longer reads: " + e.getMessage(), e);
        }
    }

    /** Whether a plan version with the id is stored. */
    public static boolean exists(Handle h, String id) {
        return h.createQuery("SELECT COUNT(*) FROM plan WHERE id = :id").bind("id", id).mapTo(Integer.class).one() > 0;
    }

    /** Replaces the stored edits of one step within the caller's transaction. */
    public static void replaceEdit(Handle h, String repository, String step, Integer pinnedStart, Double effortHours,
                                   boolean excluded) {
        h.createUpdate("MERGE INTO plan_edit (repository, step_id, pinned_start, effort_hours, excluded) KEY "
                        + "(repository, step_id) VALUES (:r, :s, :pin, :effort, :excluded)")
                .bind("r", repository).bind("s", step).bind("pin", pinnedStart).bind("effort", effortHours)
                .bind("excluded", excluded).execute();
    }

    public Optional<UpgradePlan> latest(String repository) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT document FROM plan WHERE repository = :r "
                        + "ORDER BY created_at DESC LIMIT 1").bind("r", repository).mapTo(String.class).findOne())
                .map(PlanStore::parse);
    }

    /** Every plan version of the repository, oldest first (for burn-down). */
    public List<UpgradePlan> history(String repository) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT document FROM plan WHERE repository = :r "
                + "ORDER BY created_at").bind("r", repository).mapTo(String.class).list()).stream()
                .map(PlanStore::parse).toList();
    }

    public PlanEdits edits(String repository) {
        Map<String, Integer> pinned = new HashMap<>();
        Map<String, Double> effort = new HashMap<>();
        Set<String> excluded = new HashSet<>();
        Map<String, List<String>> waitsFor = new HashMap<>();
        Map<String, Map<String, Integer>> demand = new HashMap<>();
        database.jdbi().useHandle(h -> h.createQuery("SELECT * FROM plan_edit WHERE repository = :r")
                .bind("r", repository).map((rs, ctx) -> {
                    String step = rs.getString("step_id");
                    if (rs.getObject("pinned_start") != null) {
                        pinned.put(step, rs.getInt("pinned_start"));
                    }
                    if (rs.getObject("effort_hours") != null) {
                        effort.put(step, rs.getDouble("effort_hours"));
                    }
                    if (rs.getBoolean("excluded")) {
                        excluded.add(step);
                    }
                    if (rs.getString("waits_for") != null) {
                        waitsFor.put(step, readJson(rs.getString("waits_for"), STEP_IDS));
                    }
                    if (rs.getString("demand") != null) {
                        demand.put(step, readJson(rs.getString("demand"), PEOPLE));
                    }
                    return step;
                }).list());
        return new PlanEdits(pinned, effort, excluded, waitsFor, demand);
    }

    private static final com.fasterxml.jackson.core.type.TypeReference<List<String>> STEP_IDS =
            new com.fasterxml.jackson.core.type.TypeReference<>() {
            };
    private static final com.fasterxml.jackson.core.type.TypeReference<LinkedHashMap<String, Integer>> PEOPLE =
            new com.fasterxml.jackson.core.type.TypeReference<>() {
            };

    private static <T> T readJson(String json, com.fasterxml.jackson.core.type.TypeReference<T> type) {
        try {
            return PlanJson.mapper().readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored plan edit no longer reads: " + e.getMessage(), e);
        }
    }

    private static String json(Object value) {
        try {
            return PlanJson.mapper().writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException("a list or map of plain values always serialises", e);
        }
    }

    /** Replaces what the step waits for besides its generated prerequisites (empty: nothing more). */
    public void waitsFor(String repository, String step, List<String> prerequisites) {
        database.jdbi().useHandle(h -> mergeColumn(h, repository, step, "waits_for",
                prerequisites.isEmpty() ? null : json(prerequisites)));
    }

    /** Replaces who does the step: people per skill (empty: the generated demand again). */
    public void assign(String repository, String step, Map<String, Integer> people) {
        database.jdbi().useHandle(h -> mergeColumn(h, repository, step, "demand", people.isEmpty() ? null : json(people)));
    }

    /** Sets one column of a step's edit row, making the row when the step has none yet. */
    private static void mergeColumn(Handle h, String repository, String step, String column, String value) {
        int updated = h.createUpdate("UPDATE plan_edit SET " + column + " = :v WHERE repository = :r AND step_id = :s")
                .bind("v", value).bind("r", repository).bind("s", step).execute();
        if (updated == 0) {
            h.createUpdate("INSERT INTO plan_edit (repository, step_id, excluded, " + column + ") VALUES (:r, :s, FALSE, "
                    + ":v)").bind("r", repository).bind("s", step).bind("v", value).execute();
        }
    }

    /** Writes the edits of one step within the caller's transaction (a workspace import). */
    public static void replaceEdit(Handle h, String repository, String step, Integer pinnedStart, Double effortHours,
                                   boolean excluded, List<String> waitsFor, Map<String, Integer> demand) {
        replaceEdit(h, repository, step, pinnedStart, effortHours, excluded);
        mergeColumn(h, repository, step, "waits_for", waitsFor == null || waitsFor.isEmpty() ? null : json(waitsFor));
        mergeColumn(h, repository, step, "demand", demand == null || demand.isEmpty() ? null : json(demand));
    }

    /** Records edits to steps in one transaction; null leaves a field as it was. */
    public void edit(String repository, Map<String, Integer> pins, Map<String, Double> estimates, Set<String> exclude,
                     Set<String> include) {
        database.jdbi().useTransaction(h -> {
            Set<String> steps = new HashSet<>(pins.keySet());
            steps.addAll(estimates.keySet());
            steps.addAll(exclude);
            steps.addAll(include);
            for (String step : steps) {
                h.createUpdate("MERGE INTO plan_edit (repository, step_id, pinned_start, effort_hours, excluded) KEY "
                                + "(repository, step_id) VALUES (:r, :s, COALESCE(:pin, (SELECT pinned_start FROM plan_edit "
                                + "WHERE repository = :r AND step_id = :s)), COALESCE(:effort, (SELECT effort_hours FROM "
                                + "plan_edit WHERE repository = :r AND step_id = :s)), :excluded)")
                        .bind("r", repository).bind("s", step).bind("pin", pins.get(step))
                        .bind("effort", estimates.get(step))
                        .bind("excluded", exclude.contains(step) || !include.contains(step) && wasExcluded(h, repository, step))
                        .execute();
            }
        });
    }

    private static boolean wasExcluded(Handle h, String repository, String step) {
        return h.createQuery("SELECT excluded FROM plan_edit WHERE repository = :r AND step_id = :s")
                .bind("r", repository).bind("s", step).mapTo(Boolean.class).findOne().orElse(false);
    }

    private static UpgradePlan parse(String document) {
        try {
            return PlanJson.read(document);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored plan no longer reads: " + e.getMessage(), e);
        }
    }
}
