package dev.uplift.views.main;

import dev.uplift.model.Assessment;
import dev.uplift.model.checklist.CheckResult;
import dev.uplift.model.service.Exports;
import dev.uplift.views.components.ComponentsView;
import dev.uplift.views.components.ComponentsViewModel;
import dev.uplift.views.findings.FindingsView;
import dev.uplift.views.findings.FindingsViewModel;
import dev.uplift.views.matrix.MatrixView;
import dev.uplift.views.matrix.MatrixViewModel;
import dev.uplift.views.overview.OverviewView;
import dev.uplift.views.overview.OverviewViewModel;
import dev.uplift.views.plan.PlanView;
import dev.uplift.views.standards.StandardsView;
import dev.uplift.views.timeline.TimelineView;
import dev.uplift.views.timeline.TimelineViewModel;
import dev.uplift.views.trends.TrendsView;
import dev.uplift.views.trends.TrendsViewModel;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The main window's layout: toolbar, navigation rail, the current view and a status bar with progress
 * and Cancel. Only views that work are listed.
 */
public final class MainView extends BorderPane {
    private final MainViewModel viewModel;
    private final ToggleGroup navigation = new ToggleGroup();
    private final StackPane center = new StackPane();
    private final OverviewView overview;
    private final ComponentsView components;
    private final PlanView plan;
    private final VBox emptyState;
    private final FindingsViewModel findingsModel;
    private final FindingsView findings;
    private final MatrixView matrix;
    private final TimelineView timeline;
    private final TrendsView trends;
    private final StandardsView standards;
    private Function<FindingsViewModel.Row, Optional<String>>
            exemptionPrompt = MainView::exemptionDialog;
    private Function<CheckResult, Optional<String>>
            evidencePrompt = MainView::evidenceDialog;
    private final Runnable chooseFolder;
    private final Consumer<ImportKind> chooseImport;
    private final Consumer<Exports.Format> chooseExport;

    /**
     * @param chooseFolder     asks the user for a folder and opens it (the window owns the chooser dialogs)
     * @param chooseImport     asks for what to import (advisories or a workspace) and imports it
     * @param chooseExport     asks where to write an export and writes it
     */
    public MainView(MainViewModel viewModel, Runnable chooseFolder, Consumer<ImportKind> chooseImport,
                    Consumer<Exports.Format> chooseExport) {
        this.viewModel = viewModel;
        this.chooseFolder = chooseFolder;
        this.chooseImport = chooseImport;
        this.chooseExport = chooseExport;
        getStyleClass().add("main-view");
        OverviewViewModel overviewModel = new OverviewViewModel(viewModel::standard);
        ComponentsViewModel componentsModel = new ComponentsViewModel(viewModel::standard, viewModel.rules());
        overview = new OverviewView(overviewModel, viewModel.kpis(), viewModel.plan().planProperty(),
                viewModel.trends().points());
        overview.setOnOpenComponent(this::openComponent);
        overview.setOnRecordEvidence(item -> evidencePrompt.apply(item).ifPresent(note -> viewModel.recordEvidence(
                item.id(), note)));
        components = new ComponentsView(componentsModel);
        plan = new PlanView(viewModel.plan());
        findingsModel = new FindingsViewModel();
        findings = new FindingsView(findingsModel, componentsModel::explain);
        findings.setOnExempt(row -> askWhyExempt(row).ifPresent(reason -> viewModel.exempt(row.componentId(),
                row.finding(), reason)));
        MatrixViewModel matrixModel = new MatrixViewModel(
                viewModel::overrideTier);
        matrix = new MatrixView(matrixModel, this::openComponent);
        viewModel.plan().planProperty().addListener(obs -> {
            matrixModel.showPlan(viewModel.plan().planProperty().get());
            componentsModel.showPlan(viewModel.plan().planProperty().get());
        });
        timeline = new TimelineView(new TimelineViewModel(
                viewModel.plan()::pin), viewModel.plan().planProperty());
        TrendsViewModel trendsModel = viewModel.trends();
        trends = new TrendsView(trendsModel);
        standards = new StandardsView(viewModel.standards());
        emptyState = emptyState();
        // invalidation, not change, listeners on assessments: see OverviewView
        viewModel.assessmentProperty().addListener(obs -> {
            Assessment a = viewModel.assessmentProperty().get();
            overviewModel.show(a);
            componentsModel.show(a);
            findingsModel.show(a);
            matrixModel.show(a);
            matrixModel.showPlan(viewModel.plan().planProperty().get());
            showCurrent();
        });
        setTop(toolbar());
        setLeft(navigationRail());
        setCenter(center);
        setBottom(statusBar());
        showCurrent();
    }

    /** Replaces the dialog that asks why a finding is accepted (tests answer it themselves). */
    public void setExemptionPrompt(Function<FindingsViewModel.Row,
            Optional<String>> prompt) {
        this.exemptionPrompt = prompt;
    }

    private Optional<String> askWhyExempt(FindingsViewModel.Row row) {
        return exemptionPrompt.apply(row);
    }

    /** Replaces the dialog that asks for a checklist item's evidence (tests answer it themselves). */
    public void setEvidencePrompt(Function<CheckResult,
            Optional<String>> prompt) {
        this.evidencePrompt = prompt;
    }

    /** Asks what a person knows of a checklist item; an empty answer removes what was recorded. */
    private static Optional<String> evidenceDialog(CheckResult item) {
        TextInputDialog dialog = new TextInputDialog(
                item.manualEvidence() == null ? "" : item.manualEvidence());
        dialog.setTitle("Uplift");
        dialog.setHeaderText(item.title());
        dialog.setContentText("What shows it (e.g. \"restore tested 2026-11-20, runbook#restore\"); empty to remove:");
        dialog.getDialogPane().setPrefWidth(620);
        return dialog.showAndWait();
    }

    private static Optional<String> exemptionDialog(FindingsViewModel.Row row) {
        TextInputDialog dialog = new TextInputDialog();
        dialog.setTitle("Uplift");
        dialog.setHeaderText("Exempt " + row.finding().ruleId() + " at " + row.finding().file()
                + (row.finding().line() > 0 ? ":" + row.finding().line() : "") + "?");
        dialog.setContentText("Why is it acceptable here?");
        dialog.getDialogPane().setPrefWidth(560);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(dialog.getEditor().textProperty().isEmpty());
        return dialog.showAndWait().filter(s -> !s.isBlank());
    }

    /** Shows the component in the components view (from the priority matrix). */
    private void openComponent(String componentId) {
        showView(1);
        components.select(componentId);
    }

    public MatrixView matrixView() {
        return matrix;
    }

    public PlanView planView() {
        return plan;
    }

    public TimelineView timelineView() {
        return timeline;
    }

    /**
     * Switches to the view at this position of the navigation rail (0 overview, 1 components, 2 plan,
     * 3 findings, 4 priority matrix, 5 phase timeline, 6 trends, 7 standard).
     */
    public void showView(int index) {
        if (index >= 0 && index < navigation.getToggles().size()) {
            navigation.selectToggle(navigation.getToggles().get(index));
        }
    }

    public ComponentsView componentsView() {
        return components;
    }

    private ToolBar toolbar() {
        Button open = new Button("Open…");
        open.setTooltip(new Tooltip("Open a repository folder (Ctrl+O)"));
        open.setOnAction(e -> chooseFolder.run());
        MenuButton recent = new MenuButton("Recent");
        recent.setOnShowing(e -> {
            recent.getItems().clear();
            for (Path p : viewModel.recent()) {
                MenuItem item = new MenuItem(p.toString());
                item.setOnAction(a -> viewModel.open(p));
                recent.getItems().add(item);
            }
            if (recent.getItems().isEmpty()) {
                MenuItem none = new MenuItem("No repositories opened yet");
                none.setDisable(true);
                recent.getItems().add(none);
            }
        });
        Button reassess = new Button("Re-assess");
        reassess.setTooltip(new Tooltip("Assess the open repository again (F5)"));
        reassess.setOnAction(e -> viewModel.assess());
        reassess.disableProperty().bind(viewModel.busyProperty().or(viewModel.repositoryProperty().isNull()));
        Label repository = new Label();
        repository.getStyleClass().add("toolbar-repository");
        repository.textProperty().bind(viewModel.repositoryProperty().asString());
        repository.visibleProperty().bind(viewModel.repositoryProperty().isNotNull());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label brand = new Label("Uplift");
        brand.getStyleClass().add("brand");
        MenuButton imports = new MenuButton("Import");
        imports.setTooltip(new Tooltip("A workspace exported on another workstation, or vulnerability advisories "
                + "(OSV) for offline dependency checks"));
        MenuItem workspace = new MenuItem("Workspace from another workstation (JSON)…");
        workspace.setOnAction(e -> chooseImport.accept(ImportKind.WORKSPACE));
        MenuItem zip = new MenuItem("Advisories from an OSV zip…");
        zip.setOnAction(e -> chooseImport.accept(ImportKind.ADVISORY_ZIP));
        MenuItem folder = new MenuItem("Advisories from a folder of OSV files…");
        folder.setOnAction(e -> chooseImport.accept(ImportKind.ADVISORY_FOLDER));
        imports.getItems().addAll(workspace, new SeparatorMenuItem(), zip, folder);
        imports.disableProperty().bind(viewModel.busyProperty());
        MenuButton exports = new MenuButton("Export");
        exports.setTooltip(new Tooltip("Write the shown assessment or plan for code hosts, IDEs and spreadsheets"));
        for (Exports.Format format : Exports.Format.values()) {
            MenuItem item = new MenuItem(format.title());
            item.setOnAction(e -> chooseExport.accept(format));
            exports.getItems().add(item);
        }
        exports.disableProperty().bind(viewModel.canExport().not());
        return new ToolBar(brand, open, recent, reassess, imports, exports, spacer, repository);
    }

    private VBox navigationRail() {
        VBox rail = new VBox(4, navButton("Overview", "Readiness at a glance (Ctrl+1)"),
                navButton("Components", "Scores and findings per component (Ctrl+2)"),
                navButton("Plan", "The upgrade plan: steps, phases, dates (Ctrl+3)"),
                navButton("Findings", "Every finding: filter, sort, see the source (Ctrl+4)"),
                navButton("Priority matrix", "Components by tier and readiness gap; drag one to another tier (Ctrl+5)"),
                navButton("Timeline", "The plan as a Gantt chart: phases, critical path, capacity; drag to pin (Ctrl+6)"),
                navButton("Trends", "Scores, findings and the plan's burn-down across assessments (Ctrl+7)"),
                navButton("Standard", "Thresholds and exemptions the repository is judged against (Ctrl+8)"));
        rail.getStyleClass().add("nav-rail");
        rail.setPadding(new Insets(12, 8, 12, 8));
        navigation.selectToggle(navigation.getToggles().get(0));
        navigation.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                navigation.selectToggle(old); // one view is always shown
            }
            showCurrent();
        });
        return rail;
    }

    private ToggleButton navButton(String text, String tip) {
        ToggleButton b = new ToggleButton(text);
        b.setToggleGroup(navigation);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setTooltip(new Tooltip(tip));
        b.getStyleClass().add("nav-button");
        return b;
    }

    private void showCurrent() {
        int selected = navigation.getToggles().indexOf(navigation.getSelectedToggle());
        Node view = viewModel.assessmentProperty().get() == null ? emptyState
                : switch (selected) {
                    case 1 -> components;
                    case 2 -> plan;
                    case 3 -> findings;
                    case 4 -> matrix;
                    case 5 -> timeline;
                    case 6 -> trends;
                    case 7 -> standards;
                    default -> overview;
                };
        center.getChildren().setAll(view);
    }

    private VBox emptyState() {
        Label title = new Label("No assessment to show yet");
        title.getStyleClass().add("page-title");
        Label hint = new Label();
        hint.getStyleClass().add("muted");
        hint.textProperty().bind(viewModel.busyProperty().map(busy -> busy
                ? "Assessing… progress is shown at the bottom; Cancel stops it."
                : "Open a repository folder (Ctrl+O) or drop one onto this window. Uplift reads it, never runs it."));
        Button open = new Button("Open a repository…");
        open.getStyleClass().add("accent");
        open.setOnAction(e -> chooseFolder.run());
        open.disableProperty().bind(viewModel.busyProperty());
        VBox box = new VBox(12, title, hint, open);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("empty-state");
        return box;
    }

    private HBox statusBar() {
        Label status = new Label();
        status.textProperty().bind(viewModel.statusProperty());
        status.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.setPrefWidth(220);
        Label current = new Label();
        current.textProperty().bind(viewModel.progressTextProperty());
        current.setMaxWidth(420);
        current.getStyleClass().add("muted");
        Button cancel = new Button("Cancel");
        cancel.setTooltip(new Tooltip("Stop the assessment (Esc); the previous one is kept"));
        cancel.setOnAction(e -> viewModel.cancel());
        HBox working = new HBox(10, current, progress, cancel);
        working.setAlignment(Pos.CENTER_RIGHT);
        working.visibleProperty().bind(viewModel.busyProperty());
        working.managedProperty().bind(working.visibleProperty());
        HBox bar = new HBox(10, status, spacer, working);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    /** What the Import menu offers. */
    public enum ImportKind { WORKSPACE, ADVISORY_ZIP, ADVISORY_FOLDER }
}
