package dev.uplift.views.overview;

import dev.uplift.model.Assessment;
import dev.uplift.model.AssessmentWarning;
import dev.uplift.model.Category;
import dev.uplift.model.Severity;
import dev.uplift.model.Tier;
import dev.uplift.views.common.Format;
import dev.uplift.model.checklist.CheckResult;
import dev.uplift.model.checklist.CheckState;
import dev.uplift.model.checklist.ChecklistArea;
import dev.uplift.model.kpi.KpiMeasurement;
import dev.uplift.model.kpi.OperationalKpi;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.nio.file.Path;
import java.util.Locale;

/** Readiness at a glance: headline figures, each category against its target, tiers, warnings. */
public final class OverviewView extends ScrollPane {
    private final OverviewViewModel viewModel;
    private final ObservableList<KpiMeasurement> kpis;
    private final VBox content = new VBox(18);

    /**
     * @param kpis the newest operational KPI measurements of the shown repository
     */
    public OverviewView(OverviewViewModel viewModel, ObservableList<KpiMeasurement> kpis) {
        this.viewModel = viewModel;
        this.kpis = kpis;
        kpis.addListener((ListChangeListener<KpiMeasurement>) change -> render(viewModel.assessmentProperty().get()));
        getStyleClass().add("overview");
        setFitToWidth(true);
        content.setPadding(new Insets(24));
        setContent(content);
        viewModel.assessmentProperty().addListener((obs, old, a) -> render(a));
        render(viewModel.assessmentProperty().get());
    }

    private void render(Assessment a) {
        content.getChildren().clear();
        if (a == null) {
            return;
        }
        content.getChildren().addAll(header(a), tiles(a), scores(), checklist(a), operationalKpis(), tiers(), warnings());
    }

    private VBox header(Assessment a) {
        Path repo = Path.of(a.repository());
        Label name = new Label(repo.getFileName() == null ? a.repository() : repo.getFileName().toString());
        name.getStyleClass().add("page-title");
        Label details = new Label(a.repository() + "  ·  " + (a.commit() == null ? "not a git work tree"
                : "commit " + Format.shortCommit(a.commit())) + "  ·  assessed "
                + Format.when(a.assessedAt()) + "  ·  standard '" + a.standard() + "'");
        details.getStyleClass().add("muted");
        return new VBox(4, name, details);
    }

    private HBox tiles(Assessment a) {
        double readiness = a.readiness();
        // green only when the standard is met: a high mean must not hide a component that fails it
        String tone = viewModel.shortfalls().isEmpty() ? "good" : readiness >= 6 ? "fair" : "poor";
        VBox ready = tile("Readiness", Format.score(readiness) + " / 10", tone,
                "Lines-of-code weighted mean of the components' readiness (docs/scoring.md)");
        VBox components = tile("Components", String.valueOf(a.components().size()), null,
                Format.count(viewModel.linesOfCode(), "line") + " of production code");
        long blockers = viewModel.count(Severity.BLOCKER) + viewModel.count(Severity.CRITICAL);
        VBox findings = tile("Findings", String.valueOf(a.findingCount()), blockers > 0 ? "poor" : null,
                viewModel.count(Severity.BLOCKER) + " blocker, " + viewModel.count(Severity.CRITICAL) + " critical, "
                        + viewModel.count(Severity.MAJOR) + " major, " + viewModel.count(Severity.MINOR) + " minor");
        VBox stubs = tile("Stub ratio", Format.percent(viewModel.stubRatio() * 100),
                viewModel.stubRatio() > 0.05 ? "fair" : null, "Share of functions whose body is a placeholder");
        VBox warnings = tile("Warnings", String.valueOf(a.warnings().size()), a.warnings().isEmpty() ? null : "fair",
                "Files that could not be read or parsed fully; listed below");
        long failing = viewModel.shortfalls().stream().map(s -> s.componentId()).distinct().count();
        VBox gate = tile("Standard '" + viewModel.standard().name() + "'", viewModel.shortfalls().isEmpty() ? "Met"
                        : "Not met", viewModel.shortfalls().isEmpty() ? "good" : "poor",
                viewModel.shortfalls().isEmpty() ? "Every component meets every threshold and control"
                        : viewModel.shortfalls().size() + " shortfalls in " + failing + " of " + a.components().size()
                        + " components");
        Tooltip.install(gate, new Tooltip(viewModel.shortfalls().stream().limit(25)
                .map(s -> s.componentName() + ": " + s.detail()).collect(java.util.stream.Collectors.joining("\n"))
                + (viewModel.shortfalls().size() > 25 ? "\n…" : "")));
        HBox row = new HBox(14, ready, gate, components, findings, stubs, warnings);
        row.getChildren().forEach(n -> HBox.setHgrow(n, Priority.ALWAYS));
        return row;
    }

    private static VBox tile(String title, String value, String tone, String detail) {
        Label t = new Label(title.toUpperCase());
        t.getStyleClass().add("tile-title");
        Label v = new Label(value);
        v.getStyleClass().add("tile-value");
        if (tone != null) {
            v.getStyleClass().add(tone);
        }
        Label d = new Label(detail);
        d.getStyleClass().add("muted");
        d.setWrapText(true);
        VBox box = new VBox(6, t, v, d);
        box.getStyleClass().add("tile");
        box.setPrefWidth(160); // equal preferred widths: the row shares its space out evenly
        box.setMinWidth(120);
        box.setMaxWidth(Double.MAX_VALUE);
        Tooltip.install(box, new Tooltip(detail));
        return box;
    }

    private VBox scores() {
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(10);
        ColumnConstraints bar = new ColumnConstraints();
        bar.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(new ColumnConstraints(150), bar, new ColumnConstraints(70),
                new ColumnConstraints(110));
        int row = 0;
        for (CategoryKpi kpi : viewModel.kpis()) {
            boolean percent = kpi.category() == Category.TESTING;
            Label name = new Label(kpi.category().title());
            ProgressBar progress = new ProgressBar(kpi.fraction());
            progress.setMaxWidth(Double.MAX_VALUE);
            progress.getStyleClass().add(kpi.meetsTarget() ? "meets" : "misses");
            Label value = new Label(percent ? Format.percent(kpi.value()) : Format.score(kpi.value()));
            value.getStyleClass().addAll("kpi-value", kpi.meetsTarget() ? "good" : "poor");
            String targetText = kpi.target() == null ? null
                    : percent ? Format.percent(kpi.target()) : Format.score(kpi.target());
            Label target = new Label(targetText == null ? "no target"
                    : (kpi.meetsTarget() ? "✓ target " : "✗ target ") + targetText);
            target.getStyleClass().add("muted");
            Tooltip.install(progress, new Tooltip(kpi.category().title() + ": " + value.getText()
                    + (targetText == null ? "" : " against a target of " + targetText)));
            grid.addRow(row++, name, progress, value, target);
        }
        return section("Scores against the standard", grid);
    }

    private VBox checklist(Assessment a) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        int row = 0;
        ChecklistArea area = null;
        for (CheckResult c : a.checklist()) {
            if (c.area() != area) {
                area = c.area();
                Label heading = new Label(area.title());
                heading.getStyleClass().add("checklist-area");
                grid.add(heading, 0, row++, 3, 1);
            }
            Label state = new Label(Format.checkState(c.state()));
            state.getStyleClass().addAll("check-state", "check-" + c.state().name().toLowerCase(Locale.ROOT));
            Label title = new Label(c.title());
            Label evidence = new Label(c.evidence() + (c.manualEvidence() == null ? "" : "  ·  recorded: "
                    + c.manualEvidence()));
            evidence.getStyleClass().add("muted");
            Tooltip.install(evidence, new Tooltip(c.evidence()));
            grid.addRow(row++, state, title, evidence);
        }
        Label summary = new Label(a.count(CheckState.PASS) + " pass · " + a.count(CheckState.FAIL) + " fail · "
                + a.count(CheckState.NOT_APPLICABLE) + " not applicable · " + a.count(CheckState.NOT_CHECKED)
                + " not checked (code cannot show these; they are unknown, not healthy)");
        summary.getStyleClass().add("muted");
        return section("Operational readiness checklist", new VBox(10, summary, grid));
    }

    private VBox operationalKpis() {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(8);
        int row = 0;
        for (OperationalKpi kpi : OperationalKpi.values()) {
            KpiMeasurement m = kpis.stream().filter(x -> x.kpi() == kpi).findFirst().orElse(null);
            Label value = new Label(m == null ? "not measured" : kpi.format(m.value()));
            value.getStyleClass().add(m == null ? "muted" : m.meetsTarget() ? "good" : "poor");
            Label target = new Label("target " + kpi.targetText());
            target.getStyleClass().add("muted");
            Label when = new Label(m == null ? "" : (m.meetsTarget() ? "✓ met" : "✗ not met") + " · " + m.measuredOn());
            when.getStyleClass().add("muted");
            grid.addRow(row++, new Label(kpi.title()), value, target, when);
        }
        Label hint = new Label("Code cannot show these: record them with 'uplift kpi DIR --set uptime=99.95' or "
                + "import a CSV (kpi,value,date) with 'uplift kpi DIR --import FILE'.");
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        return section("Operational KPIs", new VBox(10, grid, hint));
    }

    private VBox tiers() {
        HBox row = new HBox(14);
        for (Tier tier : Tier.values()) {
            VBox box = tile(tier.name() + " · " + tier.title(), String.valueOf(viewModel.count(tier)), null,
                    viewModel.count(tier) == 1 ? "component" : "components");
            HBox.setHgrow(box, Priority.ALWAYS);
            row.getChildren().add(box);
        }
        return section("Priority tiers", row);
    }

    private VBox warnings() {
        TableView<AssessmentWarning> table = new TableView<>(viewModel.warnings());
        TableColumn<AssessmentWarning, String> file = new TableColumn<>("File");
        file.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().file()));
        file.setPrefWidth(360);
        TableColumn<AssessmentWarning, String> message = new TableColumn<>("What happened");
        message.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().message()));
        message.setPrefWidth(560);
        table.getColumns().add(file);
        table.getColumns().add(message);
        table.setPlaceholder(new Label("Every file was read and analyzed."));
        table.setPrefHeight(Math.min(320, 60 + 28 * Math.max(1, viewModel.warnings().size())));
        TitledPane pane = new TitledPane("Warnings (" + viewModel.warnings().size() + ")", table);
        pane.setExpanded(!viewModel.warnings().isEmpty() && viewModel.warnings().size() <= 20);
        VBox box = new VBox(pane);
        box.setAlignment(Pos.TOP_LEFT);
        return box;
    }

    private static VBox section(String title, javafx.scene.Node body) {
        Label t = new Label(title);
        t.getStyleClass().add("section-title");
        VBox box = new VBox(10, t, body);
        box.getStyleClass().add("card");
        return box;
    }
}
