package dev.uplift.app.plan;

import dev.uplift.app.store.Database;
import dev.uplift.model.plan.PlanEdits;
import dev.uplift.model.plan.UpgradePlan;

import org.jdbi.v3.core.Handle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
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
    public void saveTeam(String repository, dev.uplift.model.plan.Team team) {
        database.jdbi().useHandle(h -> h.createUpdate("MERGE INTO setting (setting_key, setting_value) KEY (setting_key) "
                + "VALUES (:k, :v)").bind("k", "team:" + repository).bind("v", TeamFile.write(team)).execute());
    }

    /** The team the repository was last planned with, if one was stored. */
    public Optional<dev.uplift.model.plan.Team> team(String repository) {
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
                    return step;
                }).list());
        return new PlanEdits(pinned, effort, excluded);
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
