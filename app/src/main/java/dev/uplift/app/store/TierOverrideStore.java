package dev.uplift.app.store;

import dev.uplift.model.Tier;
import org.jdbi.v3.core.Handle;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/** Tiers the user set by hand, per repository and component. Thread-safe. */
public final class TierOverrideStore {
    private final Database database;

    public TierOverrideStore(Database database) {
        this.database = database;
    }

    /**
     * Moves a component to a tier by hand: remembered for later assessments, and applied to the latest
     * stored one, in one transaction. Earlier assessments keep the tier they had.
     */
    public void override(String repository, TierOverride override) {
        database.jdbi().useTransaction(h -> {
            merge(h, repository, override);
            h.createQuery("SELECT id FROM assessment WHERE repository = :r ORDER BY assessed_at DESC LIMIT 1")
                    .bind("r", repository).mapTo(String.class).findOne()
                    .ifPresent(latest -> h.createUpdate("UPDATE component_assessment SET tier = :tier, tier_reason = "
                                    + ":reason WHERE assessment_id = :a AND component_id = :c")
                            .bind("tier", override.tier().name()).bind("reason", Columns.clip(override.describe(), 1000))
                            .bind("a", latest).bind("c", override.componentId()).execute());
        });
    }

    /** Records a tier override within the caller's transaction, replacing the component's earlier one. */
    public static void merge(Handle h, String repository, TierOverride override) {
        h.createUpdate("MERGE INTO tier_override (repository, component_id, tier, reason, recorded_at) KEY (repository, "
                        + "component_id) VALUES (:r, :c, :t, :reason, :at)").bind("r", repository)
                .bind("c", override.componentId()).bind("t", override.tier().name())
                .bind("reason", Columns.clip(override.reason(), 1000))
                .bind("at", override.recordedAt().atOffset(ZoneOffset.UTC)).execute();
    }

    /** The repository's tier overrides by component id. */
    public Map<String, TierOverride> all(String repository) {
        Map<String, TierOverride> out = new LinkedHashMap<>();
        database.jdbi().useHandle(h -> h.createQuery("SELECT component_id, tier, reason, recorded_at FROM tier_override "
                        + "WHERE repository = :r ORDER BY component_id").bind("r", repository)
                .map((rs, ctx) -> out.put(rs.getString(1), new TierOverride(rs.getString(1), Tier.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getObject(4, OffsetDateTime.class).toInstant()))).list());
        return out;
    }
}
