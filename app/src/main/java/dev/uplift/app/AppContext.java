package dev.uplift.app;

import dev.uplift.app.service.LocalAssessmentService;
import dev.uplift.app.store.AssessmentStore;
import dev.uplift.app.store.Database;
import dev.uplift.app.store.FileCacheStore;
import dev.uplift.model.ProductionStandards;

import java.nio.file.Path;

/**
 * The object graph, built by hand. The database opens on first use, so {@code --help} and usage
 * errors never touch it. Not thread-safe to build; the services it hands out are.
 */
public final class AppContext implements AutoCloseable {
    private final UpliftHome home;
    private final String runId;
    private final Path sampleRepository;
    private Database database;
    private LocalAssessmentService assessmentService;

    public AppContext(UpliftHome home, String runId, Path sampleRepository) {
        this.home = home;
        this.runId = runId;
        this.sampleRepository = sampleRepository;
    }

    public synchronized LocalAssessmentService assessmentService() {
        if (assessmentService == null) {
            database = Database.open(home.prepare().path());
            AssessmentStore store = new AssessmentStore(database);
            assessmentService = new LocalAssessmentService(store, new FileCacheStore(database),
                    ProductionStandards.defaults(), Runtime.getRuntime().availableProcessors());
        }
        return assessmentService;
    }

    public UpliftHome home() {
        return home;
    }

    public String runId() {
        return runId;
    }

    /** The bundled sample repository the GUI opens when no folder is given. */
    public Path sampleRepository() {
        return sampleRepository;
    }

    @Override
    public synchronized void close() {
        if (database != null) {
            database.close();
        }
    }
}
