package dev.uplift.views.main;

import dev.uplift.model.Assessment;
import dev.uplift.model.Exemption;
import dev.uplift.model.Finding;
import dev.uplift.model.ProductionStandards;
import dev.uplift.model.Rule;
import dev.uplift.model.Tier;
import dev.uplift.model.kpi.KpiMeasurement;
import dev.uplift.model.service.AdvisoryImport;
import dev.uplift.model.service.AssessmentService;
import dev.uplift.model.service.CancelledException;
import dev.uplift.model.service.Exports;
import dev.uplift.model.service.Imports;
import dev.uplift.model.service.KpiService;
import dev.uplift.model.service.PlanService;
import dev.uplift.model.service.Services;
import dev.uplift.views.common.Format;
import dev.uplift.views.common.TaskExecutor;
import dev.uplift.views.plan.PlanViewModel;
import dev.uplift.views.standards.StandardsViewModel;
import dev.uplift.views.trends.TrendsViewModel;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * State and commands of the main window. Callbacks arrive on the UI thread (or, in tests, on the
 * calling thread), so properties are only ever changed from one thread.
 */
public final class MainViewModel {
    private final AssessmentService service;
    private final TaskExecutor tasks;
    private final String runId;

    private final ObjectProperty<Path> repository = new SimpleObjectProperty<>();
    private final ObjectProperty<Assessment> assessment = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty progressText = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("Open a repository to assess it.");
    private final ObjectProperty<UserError> error = new SimpleObjectProperty<>();
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final ObservableList<KpiMeasurement> kpis = FXCollections.observableArrayList();
    private final KpiService kpiService;
    private final AdvisoryImport advisoryImport;
    private final Exports exports;
    private final Imports imports;
    private final PlanService plans;
    private final PlanViewModel plan;
    private final TrendsViewModel trends;
    private final StandardsViewModel standards;
    private ProductionStandards standard;
    private TaskExecutor.Cancellable running;
    private long startedAt;

    public MainViewModel(Services services, TaskExecutor tasks, String runId) {
        this.service = services.assessments();
        this.kpiService = services.kpis();
        this.advisoryImport = services.advisories();
        this.exports = services.exports();
        this.imports = services.imports();
        this.plans = services.plans();
        this.tasks = tasks;
        this.runId = runId;
        this.plan = new PlanViewModel(services.plans(), tasks,
                e -> error.set(new UserError("Planning failed", describe(e), runId)));
        this.trends = new TrendsViewModel(services.assessments(), services.plans(), tasks);
        this.standards = new StandardsViewModel(services.standards(), tasks, saved -> {
            standard = saved;
            status.set("Saved the standard '" + saved.name() + "' and made it active.");
            assess(); // so scores, gates and the plan follow the new standard
        }, e -> error.set(new UserError("Standard not saved", describe(e), runId)));
        // a new assessment re-validates the stored plan, so the plan view reloads with it
        assessment.addListener(obs -> { // invalidation, not change: no deep equals of assessments (OverviewView)
            Assessment a = assessment.get();
            plan.load(a == null ? null : repository.get());
            trends.load(a == null ? null : repository.get());
            loadKpis(a == null ? null : repository.get());
        });
    }

    private void loadKpis(Path target) {
        if (target == null) {
            kpis.clear();
            return;
        }
        tasks.execute((p, c) -> kpiService.latestKpis(target), TaskExecutor.Callbacks.<List<KpiMeasurement>>of(
                latest -> {
                    if (target.equals(repository.get())) {
                        kpis.setAll(latest);
                    }
                }, e -> kpis.clear()));
    }

    /** The newest operational KPI measurements of the shown repository. */
    public ObservableList<KpiMeasurement> kpis() {
        return kpis;
    }

    /** The trends view's model, which follows the shown repository. */
    public TrendsViewModel trends() {
        return trends;
    }

    /** The plan view's model, which follows the shown repository. */
    public PlanViewModel plan() {
        return plan;
    }

    /** Opens a repository: shows its latest stored assessment, or assesses it when there is none. */
    public void open(Path folder) {
        open(folder, "");
    }

    /** Opens the repository; {@code notice} goes before what the status line says of the shown assessment. */
    private void open(Path folder, String notice) {
        if (folder == null) {
            return;
        }
        if (!Files.isDirectory(folder)) {
            error.set(new UserError("Not a folder", folder + " is not a folder that can be opened.", runId));
            return;
        }
        cancel();
        repository.set(folder.toAbsolutePath().normalize());
        assessment.set(null);
        busy.set(true);
        progress.set(-1);
        progressText.set("Loading stored assessment…");
        Path target = repository.get();
        running = tasks.execute((p, c) -> service.latest(target), TaskExecutor.Callbacks.of(latest -> {
            busy.set(false);
            if (!target.equals(repository.get())) {
                return; // the user opened another folder meanwhile
            }
            if (latest.isPresent()) {
                assessment.set(latest.get());
                status.set(notice + "Showing the assessment of " + Format.when(latest.get().assessedAt())
                        + ". Re-assess (F5) to see changes since.");
                refreshRecent();
            } else {
                assess();
            }
        }, this::failed));
    }

    /** Assesses the open repository in the background; the previous assessment stays until it is done. */
    public void assess() {
        Path target = repository.get();
        if (target == null) {
            return;
        }
        cancel();
        busy.set(true);
        progress.set(-1);
        progressText.set("Indexing files…");
        status.set("Assessing " + target.getFileName() + "…");
        startedAt = System.nanoTime();
        running = tasks.execute((p, c) -> {
            Assessment result = service.assess(target, p, c);
            return Map.entry(result, firstPlan(target));
        }, new TaskExecutor.Callbacks<>(done -> {
            busy.set(false);
            Assessment result = done.getKey();
            assessment.set(result);
            double seconds = (System.nanoTime() - startedAt) / 1e9;
            status.set(String.format("Assessed %s in %.1f s: %s, %s, %s.%s", target.getFileName(), seconds,
                    Format.count(result.components().size(), "component"), Format.count(result.findingCount(), "finding"),
                    Format.count(result.warnings().size(), "warning"), done.getValue()));
            refreshRecent();
        }, this::failed, (fraction, message) -> {
            progress.set(fraction);
            progressText.set(message == null ? "" : message);
        }));
    }

    /**
     * Makes the repository's first plan right after its first assessment, so every view has content when
     * the window opens; a later assessment keeps the plan the user has. Returns what to add to the status.
     */
    private String firstPlan(Path target) {
        if (plans.latestPlan(target).isPresent()) {
            return "";
        }
        try {
            plans.replan(target);
            return " The plan was made with the stored team (Plan → Team… to change it).";
        } catch (RuntimeException e) { // the assessment stands; the Plan view still offers to make one
            return " No plan was made: " + e.getMessage();
        }
    }

    /** Imports OSV advisories from a folder or zip in the background; the next assessment uses them. */
    public void importAdvisories(Path source) {
        if (source == null || busy.get()) {
            return;
        }
        runBusy("Importing advisories from " + source.getFileName() + "…", () -> advisoryImport.importFrom(source),
                summary -> status.set(String.format("Imported %d advisories from %d files (%d skipped).%s",
                        summary.advisories(), summary.files(), summary.skipped(), repository.get() == null ? ""
                                : " Re-assess (F5) to match them against the dependencies.")),
                "Advisory import failed");
    }

    /**
     * Imports a workspace exported on another workstation in the background, then opens the imported
     * repository; a refused file changes nothing and says why.
     */
    public void importWorkspace(Path file) {
        if (file == null || busy.get()) {
            return;
        }
        runBusy("Importing " + file.getFileName() + "…", () -> imports.importWorkspace(file),
                summary -> open(summary.repository(), String.format("Imported %s: %s, %s.%s ",
                        summary.repository().getFileName(), Format.count(summary.assessments(), "assessment"),
                        Format.count(summary.plans(), "plan version"), summary.notes().isEmpty() ? ""
                                : " Note: " + String.join("; ", summary.notes()) + ".")),
                "Nothing imported");
    }

    /**
     * Moves a component to another tier by hand, in the background: stored with the reason, and the
     * plan made again when there is one; the changed assessment is then shown.
     */
    public void overrideTier(String componentId, Tier tier, String reason) {
        Path target = repository.get();
        if (target == null || busy.get()) {
            return;
        }
        runBusy("Moving " + componentId + " to " + tier.name() + "…", () -> {
            Assessment changed = service.overrideTier(target, componentId, tier, reason);
            boolean replanned = plans.latestPlan(target).isPresent();
            if (replanned) {
                plans.replan(target);
            }
            return Map.entry(changed, replanned);
        }, result -> {
            if (target.equals(repository.get())) {
                assessment.set(result.getKey());
            }
            status.set("Moved " + componentId + " to " + tier.name() + " " + tier.title() + " (" + reason.strip() + ")"
                    + (result.getValue() ? "; the plan was made again." : "."));
        }, "Tier not changed");
    }

    /**
     * Accepts a finding: the exemption (this rule, component, file and line, with the reason) goes into
     * the active standard, then the repository is assessed again so that scores and gates reflect it.
     */
    public void exempt(String componentId, Finding finding, String reason) {
        if (repository.get() == null || busy.get() || reason == null || reason.isBlank()) {
            return;
        }
        Exemption exemption = new Exemption(finding.ruleId(), componentId,
                finding.file(), finding.line() > 0 ? finding.line() : null, reason.strip(), null, null);
        runBusy("Recording the exemption…", () -> service.exempt(exemption), changed -> {
            standard = changed;
            standards.load(); // the editor lists exemptions
            assess();
            status.set("Exempted " + finding.ruleId() + " at " + finding.file() + " in the standard '" + changed.name()
                    + "'; re-assessing to apply it…");
        }, "Not exempted");
    }

    /**
     * Records what a person knows of a checklist item (a blank note removes it), then assesses again so
     * the checklist shows it.
     */
    public void recordEvidence(String checkId, String note) {
        Path target = repository.get();
        if (target == null || busy.get()) {
            return;
        }
        runBusy("Recording evidence for " + checkId + "…", () -> {
            service.recordEvidence(target, checkId, note);
            return checkId;
        }, id -> {
            assess();
            status.set((note == null || note.isBlank() ? "Removed the evidence of " : "Recorded evidence for ") + id
                    + "; re-assessing to show it…");
        }, "Evidence not recorded");
    }

    /** Writes the open repository's stored results to a file in the background (File → Export). */
    public void export(Exports.Format format, Path file) {
        Path target = repository.get();
        if (target == null || file == null || busy.get()) {
            return;
        }
        runBusy("Exporting " + format.title().replace("…", "").toLowerCase(Locale.ROOT) + "…", () -> {
            exports.export(format, target, file);
            return file;
        }, written -> status.set("Exported to " + written + "."), "Export failed");
    }

    /**
     * Runs one of the window's short jobs in the background with the progress bar busy: {@code done}
     * gets its result on the JavaFX thread; a failure becomes an error dialog titled {@code failedTitle}.
     */
    private <T> void runBusy(String progressMessage, Callable<T> work,
                             Consumer<T> done, String failedTitle) {
        busy.set(true);
        progress.set(-1);
        progressText.set(progressMessage);
        running = tasks.execute((p, c) -> work.call(), TaskExecutor.Callbacks.of(result -> {
            busy.set(false);
            progressText.set("");
            done.accept(result);
        }, e -> {
            busy.set(false);
            progressText.set("");
            error.set(new UserError(failedTitle, describe(e), runId));
        }));
    }

    /** Whether there is something to export: a repository with a shown assessment, and nothing running. */
    public BooleanBinding canExport() {
        return assessment.isNotNull().and(busy.not());
    }

    /** Stops the running work; nothing of a cancelled assessment is stored. */
    public void cancel() {
        if (running != null && busy.get()) {
            running.cancel();
        }
    }

    public void refreshRecent() {
        tasks.execute((p, c) -> service.recentRepositories(),
                TaskExecutor.Callbacks.<List<Path>>of(recent::setAll, e -> { }));
    }

    private void failed(Throwable e) {
        busy.set(false);
        progressText.set("");
        if (e instanceof CancelledException) {
            status.set(assessment.get() == null ? "Cancelled." : "Cancelled. The previous assessment is still shown.");
            return;
        }
        status.set("Failed: " + e.getMessage());
        error.set(new UserError("Assessment failed", describe(e), runId));
    }

    private static String describe(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getMessage() != null && t.getMessage().startsWith(t.getCause().getClass().getName())) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** Every rule by id: what a finding means and how to fix it. */
    public Map<String, Rule> rules() {
        return service.rules();
    }

    /** The active standard, as last read or saved (views judge scores against it). */
    public ProductionStandards standard() {
        if (standard == null) {
            standard = service.standard();
        }
        return standard;
    }

    /** The standards editor's model. */
    public StandardsViewModel standards() {
        return standards;
    }

    public ReadOnlyObjectProperty<Path> repositoryProperty() {
        return repository;
    }

    public ReadOnlyObjectProperty<Assessment> assessmentProperty() {
        return assessment;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty progressTextProperty() {
        return progressText;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ObjectProperty<UserError> errorProperty() {
        return error;
    }

    public ObservableList<Path> recent() {
        return recent;
    }
}
