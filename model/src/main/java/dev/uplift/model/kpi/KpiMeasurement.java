package dev.uplift.model.kpi;

import java.time.LocalDate;

/** One measured value of a KPI for a repository, on a day. */
public record KpiMeasurement(OperationalKpi kpi, double value, LocalDate measuredOn) {

    public boolean meetsTarget() {
        return kpi.meets(value);
    }
}
