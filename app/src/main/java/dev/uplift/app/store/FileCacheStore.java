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
    private final int readAllUpTo;

    public FileCacheStore(Database database) {
        this(database, READ_ALL_UP_TO);
    }

    /** @param readAllUpTo the size up to which a run reads every payload at once (tests try both ways) */
    FileCacheStore(Database database, int readAllUpTo) {
        this.database = database;
        this.readAllUpTo = readAllUpTo;
    }

    @Override
    public Optional<FileAnalysis> find(String key) {
        Optional<String> payload = database.jdbi().withHandle(h -> h.createQuery(
                "SELECT payload FROM file_cache WHERE cache_key = :k").bind("k", key).mapTo(String.class).findOne());
        return payload.isEmpty() ? Optional.empty() : decode(key, payload.get());
    }

    private static Optional<FileAnalysis> decode(String key, String payload) {
        try {
            return Optional.of(JSON.readValue(payload, FileAnalysis.class));
        } catch (JsonProcessingException e) {
            LOG.warn("unreadable cache entry {}; the file is analyzed again", key, e);
            return Optional.empty(); // a bad entry only costs the time to analyze the file again
        }
    }

    /** Up to this many entries, a run reads every payload in one query; beyond it, only the keys. */
    static final int READ_ALL_UP_TO = 20_000;
    /** ... and only while they hold no more than this many characters in all (a few large entries add up). */
    static final long READ_ALL_CHARS_UP_TO = 64L * 1024 * 1024;

    /**
     * This store as one run uses it, without a query per file: a cache of up to {@link #READ_ALL_UP_TO}
     * entries and {@link #READ_ALL_CHARS_UP_TO} characters is read whole in one query (a re-run of 4,200 files asked 4,200 times, which was half its
     * time); a larger one has its keys read, so a file whose key is not among them is a miss without a
     * query of its own.
     */
    @Override
    public AnalysisCache forRun() {
        long[] size = database.jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*), COALESCE(SUM(CAST(LENGTH(payload) AS BIGINT)), 0) FROM file_cache")
                .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)}).one());
        if (size[0] <= readAllUpTo && size[1] <= READ_ALL_CHARS_UP_TO) {
            Map<String, String> payloads = new ConcurrentHashMap<>();
            database.jdbi().useHandle(h -> h.createQuery("SELECT cache_key, payload FROM file_cache")
                    .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                    .forEach(e -> payloads.put(e.getKey(), e.getValue())));
            return key -> {
                String payload = payloads.get(key);
                return payload == null ? Optional.empty() : decode(key, payload);
            };
        }
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
