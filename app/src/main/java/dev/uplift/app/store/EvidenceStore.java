package dev.uplift.app.store;

import org.jdbi.v3.core.Handle;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What people recorded for checklist items that code cannot show, per repository. Thread-safe. */
public final class EvidenceStore {
    private final Database database;

    public EvidenceStore(Database database) {
        this.database = database;
    }

    /** Records (or, with a null note, removes) a person's evidence for a checklist item of the repository. */
    public void record(String repository, String checkId, String note) {
        database.jdbi().useHandle(h -> {
            if (note == null) {
                h.createUpdate("DELETE FROM manual_evidence WHERE repository = :r AND check_id = :c")
                        .bind("r", repository).bind("c", checkId).execute();
            } else {
                merge(h, repository, new ManualEvidence(checkId, note, Instant.now()));
            }
        });
    }

    /** Records evidence within the caller's transaction, replacing what the item had. */
    public static void merge(Handle h, String repository, ManualEvidence evidence) {
        h.createUpdate("MERGE INTO manual_evidence (repository, check_id, note, recorded_at) KEY (repository, "
                        + "check_id) VALUES (:r, :c, :n, :at)").bind("r", repository).bind("c", evidence.checkId())
                .bind("n", Columns.clip(evidence.note(), 4000)).bind("at", evidence.recordedAt().atOffset(ZoneOffset.UTC))
                .execute();
    }

    /** Every piece of manual evidence of the repository, with when it was recorded, by check id. */
    public List<ManualEvidence> all(String repository) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT check_id, note, recorded_at FROM manual_evidence "
                        + "WHERE repository = :r ORDER BY check_id").bind("r", repository)
                .map((rs, ctx) -> new ManualEvidence(rs.getString(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant()))
                .list());
    }

    /** The notes of the repository by checklist item id. */
    public Map<String, String> notes(String repository) {
        Map<String, String> out = new LinkedHashMap<>();
        all(repository).forEach(e -> out.put(e.checkId(), e.note()));
        return out;
    }
}
