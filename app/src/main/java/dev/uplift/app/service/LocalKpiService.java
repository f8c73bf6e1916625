package dev.uplift.app.service;

import dev.uplift.app.kpi.KpiStore;
import dev.uplift.model.kpi.KpiMeasurement;
import dev.uplift.model.service.KpiService;

import java.nio.file.Path;
import java.util.List;

/** KPIs from the local store. Thread-safe. */
public final class LocalKpiService implements KpiService {
    private final KpiStore store;

    public LocalKpiService(KpiStore store) {
        this.store = store;
    }

    @Override
    public List<KpiMeasurement> latestKpis(Path repository) {
        return store.latest(LocalAssessmentService.key(repository));
    }

    public List<KpiMeasurement> history(Path repository) {
        return store.history(LocalAssessmentService.key(repository));
    }

    public void record(Path repository, List<KpiMeasurement> measurements) {
        store.record(LocalAssessmentService.key(repository), measurements);
    }
}
