package dev.uplift.app.kpi;

import dev.uplift.app.store.Database;
import dev.uplift.model.kpi.KpiMeasurement;
import dev.uplift.model.kpi.OperationalKpi;

import org.jdbi.v3.core.Handle;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** KPI measurements per repository; a day's value for a KPI is replaced by a later entry. Thread-safe. */
public final class KpiStore {
    private final Database database;

    public KpiStore(Database database) {
        this.database = database;
    }

    /** Records measurements in one transaction: all of them, or none. */
    public void record(String repository, List<KpiMeasurement> measurements) {
        database.jdbi().useTransaction(h -> merge(h, repository, measurements));
    }

    /** Records measurements within the caller's transaction; a KPI measured again on a day is replaced. */
    public static void merge(Handle h, String repository, List<KpiMeasurement> measurements) {
        for (KpiMeasurement m : measurements) {
            h.createUpdate("MERGE INTO kpi_measurement (repository, kpi, measured_on, kpi_value, recorded_at) "
                            + "KEY (repository, kpi, measured_on) VALUES (:r, :k, :d, :v, :at)")
                    .bind("r", repository).bind("k", m.kpi().id()).bind("d", m.measuredOn()).bind("v", m.value())
                    .bind("at", OffsetDateTime.now(ZoneOffset.UTC)).execute();
        }
    }

    /** Every measurement of the repository, oldest first. */
    public List<KpiMeasurement> history(String repository) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT kpi, kpi_value, measured_on FROM kpi_measurement "
                        + "WHERE repository = :r ORDER BY measured_on, kpi").bind("r", repository)
                .map((rs, ctx) -> new KpiMeasurement(OperationalKpi.byId(rs.getString(1)).orElseThrow(),
                        rs.getDouble(2), rs.getObject(3, LocalDate.class))).list());
    }

    /** The newest measurement of each KPI that has one. */
    public List<KpiMeasurement> latest(String repository) {
        java.util.Map<OperationalKpi, KpiMeasurement> newest = new java.util.EnumMap<>(OperationalKpi.class);
        history(repository).forEach(m -> newest.put(m.kpi(), m));
        return List.copyOf(newest.values());
    }
}
