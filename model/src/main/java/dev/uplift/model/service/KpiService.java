package dev.uplift.model.service;

import dev.uplift.model.kpi.KpiMeasurement;

import java.nio.file.Path;
import java.util.List;

/** Operational KPIs of a repository. Implementations are thread-safe. */
public interface KpiService {

    /** The newest measurement of each KPI that has one. */
    List<KpiMeasurement> latestKpis(Path repository);
}
