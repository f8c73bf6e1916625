package dev.uplift.app;

import dev.uplift.analysis.rules.RuleCatalog;
import dev.uplift.app.advisories.AdvisoryService;
import dev.uplift.app.export.ExportService;
import dev.uplift.app.kpi.KpiStore;
import dev.uplift.app.plan.PlanStore;
import dev.uplift.app.service.LocalAssessmentService;
import dev.uplift.app.service.LocalKpiService;
import dev.uplift.app.service.LocalPlanService;
import dev.uplift.app.standard.LocalStandardsService;
import dev.uplift.app.standard.StandardStore;
import dev.uplift.app.store.AssessmentStore;
import dev.uplift.app.store.Database;
import dev.uplift.app.store.EvidenceStore;
import dev.uplift.app.store.TierOverrideStore;
import dev.uplift.app.store.FileCacheStore;
import dev.uplift.app.workspace.InvalidWorkspaceException;
import dev.uplift.app.workspace.WorkspaceExport;
import dev.uplift.app.workspace.WorkspaceImport;
import dev.uplift.model.Rule;
import dev.uplift.model.service.AdvisoryImport;
import dev.uplift.model.service.Imports;
import dev.uplift.model.service.Services;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The object graph, built by hand. The database opens on first use, so {@code --help} and usage
 * errors never touch it. Not thread-safe to build; the services it hands out are.
 */
public final class AppContext implements AutoCloseable {
    private final UpliftHome home;
    private final String runId;
    private final Path sampleRepository;
    private Database database;
    private String databaseRecovery;
    private LocalAssessmentService assessmentService;
    private LocalPlanService planService;
    private LocalKpiService kpiService;
    private AdvisoryService advisoryService;
    private WorkspaceExport workspaceExport;
    private WorkspaceImport workspaceImport;

    public AppContext(UpliftHome home, String runId, Path sampleRepository) {
        this.home = home;
        this.runId = runId;
        this.sampleRepository = sampleRepository;
    }

    public synchronized LocalAssessmentService assessmentService() {
        if (assessmentService == null) {
            database = Database.open(home.prepare().path());
            database.recovery().ifPresent(r -> {
                databaseRecovery = r;
                org.slf4j.LoggerFactory.getLogger(AppContext.class).warn("{}", r);
                System.err.println("uplift: " + r); // the GUI shows it too (GuiLauncher)
            });
            AssessmentStore store = new AssessmentStore(database);
            StandardStore standards = new StandardStore(database);
            PlanStore plans = new PlanStore(database);
            KpiStore kpis = new KpiStore(database);
            advisoryService = new AdvisoryService(database);
            EvidenceStore evidence = new EvidenceStore(database);
            TierOverrideStore tiers = new TierOverrideStore(database);
            assessmentService = new LocalAssessmentService(store, evidence, tiers, new FileCacheStore(database),
                    standards, advisoryService::index, Runtime.getRuntime().availableProcessors());
            Map<String, Rule> rules = RuleCatalog.all().stream().collect(Collectors.toMap(Rule::id, r -> r));
            planService = new LocalPlanService(assessmentService, plans, rules, Clock.systemDefaultZone());
            assessmentService.onAssessed(planService::onAssessed);
            kpiService = new LocalKpiService(kpis);
            workspaceExport = new WorkspaceExport(store, evidence, tiers, plans, kpis, standards);
            workspaceImport = new WorkspaceImport(database);
        }
        return assessmentService;
    }

    /** Set when the database was found damaged at opening and set aside: what the user must be told. */
    public synchronized Optional<String> databaseRecovery() {
        return Optional.ofNullable(databaseRecovery);
    }

    public synchronized LocalPlanService planService() {
        assessmentService();
        return planService;
    }

    public synchronized AdvisoryService advisoryService() {
        assessmentService();
        return advisoryService;
    }

    public synchronized LocalKpiService kpiService() {
        assessmentService();
        return kpiService;
    }

    /** The services the views use. */
    public Services services() {
        AdvisoryService advisories = advisoryService();
        return new Services(assessmentService(), planService(), kpiService(), source -> {
            try {
                AdvisoryService.ImportResult r = advisories.importFrom(source);
                return new AdvisoryImport.Summary(r.files(), r.advisories(), r.skipped());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e.getMessage(), e);
            }
        }, exports(), file -> {
            try {
                WorkspaceImport.Result r = importWorkspace(file, null);
                return new Imports.Summary(r.repository(), r.contents().assessments(), r.contents().plans(), r.notes());
            } catch (InvalidWorkspaceException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }, new LocalStandardsService(assessmentService().standards()));
    }

    /** The exports of the command line and the GUI. */
    public synchronized ExportService exports() {
        assessmentService();
        return new ExportService(assessmentService, planService, workspaceExport);
    }

    /**
     * Imports a workspace file whole or not at all: into {@code checkout} when the user has the
     * repository here, else into a folder of its own under {@code UPLIFT_HOME/imported}.
     */
    public WorkspaceImport.Result importWorkspace(Path file, Path checkout) throws InvalidWorkspaceException {
        assessmentService();
        Path imported = home.path().resolve("imported");
        return workspaceImport.importFrom(file, name -> {
            if (checkout != null) {
                return checkout;
            }
            Files.createDirectories(imported);
            return imported.toRealPath().resolve(name);
        }, LocalAssessmentService::key);
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
