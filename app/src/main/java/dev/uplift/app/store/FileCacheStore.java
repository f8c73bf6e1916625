package dev.uplift.app.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.uplift.analysis.engine.AnalysisCache;
import dev.uplift.analysis.engine.FileAnalysis;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The per-file analysis cache in the database, keyed by content hash. Thread-safe. */
public final class FileCacheStore implements AnalysisCache {
    private static final Logger LOG = LoggerFactory.getLogger(FileCacheStore.class);
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Database database;

    public FileCacheStore(Database database) {
        this.database = database;
    }

    @Override
    public Optional<FileAnalysis> find(String key) {
        Optional<String> payload = database.jdbi().withHandle(h -> h.createQuery(
                "SELECT payload FROM file_cache WHERE cache_key = :k").bind("k", key).mapTo(String.class).findOne());
        try {
            return payload.isEmpty() ? Optional.empty() : Optional.of(JSON.readValue(payload.get(), FileAnalysis.class));
        } catch (JsonProcessingException e) {
            LOG.warn("unreadable cache entry {}; the file is analyzed again", key, e);
            return Optional.empty(); // a bad entry only costs the time to analyze the file again
        }
    }

    /**
     * This store with the keys it holds read in one query: a file whose key is not among them is a
     * miss without a query of its own (a first run of 4,000 files asked 4,000 times for nothing).
     */
    @Override
    public AnalysisCache forRun() {
        Set<String> keys = ConcurrentHashMap.newKeySet();
        keys.addAll(database.jdbi().withHandle(h -> h.createQuery("SELECT cache_key FROM file_cache")
                .mapTo(String.class).list()));
        return key -> keys.contains(key) ? find(key) : Optional.empty();
    }

    /** Stores entries inside the caller's transaction (the assessment's). */
    public static void storeAll(Handle h, Map<String, FileAnalysis> entries) {
        if (entries.isEmpty()) {
            return;
        }
        PreparedBatch batch = h.prepareBatch("MERGE INTO file_cache (cache_key, payload, created_at) KEY (cache_key) "
                + "VALUES (:k, :p, :at)");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (Map.Entry<String, FileAnalysis> e : entries.entrySet()) {
            try {
                batch.bind("k", e.getKey()).bind("p", JSON.writeValueAsString(e.getValue())).bind("at", now).add();
            } catch (JsonProcessingException ex) {
                throw new IllegalStateException("analysis results always serialise", ex);
            }
        }
        batch.execute();
    }
}
