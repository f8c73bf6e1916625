package dev.uplift.app.standard;

import dev.uplift.app.store.Database;
import dev.uplift.model.ProductionStandards;

import org.jdbi.v3.core.Handle;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Standards in the database, by name, and which one is active. Thread-safe. */
public final class StandardStore {
    private static final String ACTIVE = "standard.active";
    private final Database database;

    public StandardStore(Database database) {
        this.database = database;
    }

    /** Stores (or replaces) the standard under its name. */
    public void save(ProductionStandards standard) {
        database.jdbi().useHandle(h -> save(h, standard));
    }

    /** Stores (or replaces) the standard within the caller's transaction. */
    public static void save(Handle h, ProductionStandards standard) {
        h.createUpdate("MERGE INTO standard (name, document, updated_at) KEY (name) VALUES (:name, :doc, :at)")
                .bind("name", standard.name()).bind("doc", StandardsJson.write(standard))
                .bind("at", OffsetDateTime.now(ZoneOffset.UTC)).execute();
    }

    /** The stored document of the standard, read within the caller's transaction. */
    public static Optional<ProductionStandards> stored(Handle h, String name) {
        return h.createQuery("SELECT document FROM standard WHERE name = :n").bind("n", name).mapTo(String.class)
                .findOne().map(StandardStore::parse);
    }

    public Optional<ProductionStandards> load(String name) {
        if (name.equals(ProductionStandards.defaults().name())) {
            Optional<String> stored = document(name);
            return Optional.of(stored.isEmpty() ? ProductionStandards.defaults() : parse(stored.get()));
        }
        return document(name).map(StandardStore::parse);
    }

    public List<String> names() {
        List<String> names = new java.util.ArrayList<>(database.jdbi().withHandle(h -> h.createQuery(
                "SELECT name FROM standard ORDER BY name").mapTo(String.class).list()));
        if (!names.contains(ProductionStandards.defaults().name())) {
            names.add(0, ProductionStandards.defaults().name());
        }
        return names;
    }

    /** The active standard: the one last activated, else the seed's defaults. */
    public ProductionStandards active() {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT setting_value FROM setting WHERE setting_key = :k")
                        .bind("k", ACTIVE).mapTo(String.class).findOne())
                .flatMap(this::load).orElse(ProductionStandards.defaults());
    }

    public void activate(String name) {
        database.jdbi().useHandle(h -> h.createUpdate("MERGE INTO setting (setting_key, setting_value) KEY (setting_key) "
                + "VALUES (:k, :v)").bind("k", ACTIVE).bind("v", name).execute());
    }

    private Optional<String> document(String name) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT document FROM standard WHERE name = :n")
                .bind("n", name).mapTo(String.class).findOne());
    }

    private static ProductionStandards parse(String document) {
        try {
            return StandardsJson.parse(document);
        } catch (StandardsJson.InvalidStandardException e) {
            throw new IllegalStateException("a stored standard no longer reads: " + e.getMessage(), e);
        }
    }
}
