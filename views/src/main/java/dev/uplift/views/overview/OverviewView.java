package dev.uplift.views.overview;

import dev.uplift.model.Assessment;
import dev.uplift.model.AssessmentWarning;
import dev.uplift.model.Category;
import dev.uplift.model.Tier;
import dev.uplift.model.TrendPoint;
import dev.uplift.model.checklist.CheckResult;
import dev.uplift.model.checklist.CheckState;
import dev.uplift.model.checklist.ChecklistArea;
import dev.uplift.model.kpi.KpiMeasurement;
import dev.uplift.model.kpi.OperationalKpi;
import dev.uplift.model.plan.UpgradePlan;
import dev.uplift.views.common.Format;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
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
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Readiness at a glance: headline figures, each category against its target, tiers, warnings. The
 * nodes are built once and updated in place when an assessment arrives: rebuilding them (and their CSS)
 * kept the JavaFX thread busy for a noticeable moment on every new assessment.
 */
public final class OverviewView extends ScrollPane {

    private final OverviewViewModel viewModel;
    private final ObservableList<KpiMeasurement> kpis;
    private final VBox content = new VBox(18);
    private final HeadlineTiles headline;

    private final Label name = new Label();
    private final Label details = new Label();
    private Consumer<CheckResult> onRecordEvidence = c -> { };
    private final GridPane scores = new GridPane();
    private final Map<Category, ScoreRow> scoreRows = new EnumMap<>(Category.class);
    private final TopRisksPanel topRisks = new TopRisksPanel();
    private final Label checklistSummary = new Label();
    private final GridPane checklist = new GridPane();
    private List<String> checklistShown = List.of();
    private final Map<OperationalKpi, Label[]> kpiRows = new EnumMap<>(OperationalKpi.class);
    private final Map<Tier, Tile> tierTiles = new EnumMap<>(Tier.class);
    private final TitledPane warningsPane = new TitledPane();
    private final TableView<AssessmentWarning> warningsTable;

    /**
     * @param kpis the newest operational KPI measurements of the shown repository
     */
    public OverviewView(OverviewViewModel viewModel, ObservableList<KpiMeasurement> kpis) {
        this(viewModel, kpis, new SimpleObjectProperty<>(), FXCollections
                .observableArrayList());
    }

    /**
     * @param plan  the shown repository's plan, for the projected ready-by date
     * @param trend the shown repository's assessments over time, for the readiness sparkline
     */
    public OverviewView(OverviewViewModel viewModel, ObservableList<KpiMeasurement> kpis,
                        ObjectProperty<UpgradePlan> plan,
                        ObservableList<TrendPoint> trend) {
        this.viewModel = viewModel;
        this.kpis = kpis;
        this.headline = new HeadlineTiles(viewModel, plan, trend);
        this.warningsTable = new TableView<>(viewModel.warnings());
        getStyleClass().add("overview");
        setFitToWidth(true);
        content.setPadding(new Insets(24));
        setContent(content);
        content.getChildren().addAll(header(), section("Top risks", topRisks), headline,
                section("Scores against the standard", scoresGrid()),
                section("Operational readiness checklist", new VBox(10, checklistSummary, checklistGrid())),
                operationalKpis(), tiers(), warnings());
        kpis.addListener((ListChangeListener<KpiMeasurement>) change -> render(viewModel.assessmentProperty().get()));
        // an invalidation listener: a change listener would compare old and new assessments with equals,
        // which for records walks every finding (a tenth of a second on the JavaFX thread at 50,000)
        viewModel.assessmentProperty().addListener(obs -> render(viewModel.assessmentProperty().get()));
        render(viewModel.assessmentProperty().get());
    }

    /** What a component link of the top risks does (the main view opens the component). */
    public void setOnOpenComponent(Consumer<String> handler) {
        topRisks.setOnOpenComponent(handler);
    }

    /** What "Record evidence…" on a checklist item does (the main view asks for the note and stores it). */
    public void setOnRecordEvidence(Consumer<CheckResult> handler) {
        this.onRecordEvidence = handler;
    }

    /** One category's row: its name, a bar, the value and the target. */
    private record ScoreRow(Label name, ProgressBar bar, Label value, Label target, Tooltip tip) {
    }

    private void render(Assessment a) {
        content.setVisible(a != null);
        if (a == null) {
            return;
        }
        Path repo = Path.of(a.repository());
        name.setText(repo.getFileName() == null ? a.repository() : repo.getFileName().toString());
        details.setText(a.repository() + "  ·  " + (a.commit() == null ? "not a git work tree"
                : "commit " + Format.shortCommit(a.commit())) + "  ·  assessed "
                + Format.when(a.assessedAt()) + "  ·  standard '" + a.standard() + "'");
        topRisks.render(a);
        headline.render(a);
        renderScores();
        renderChecklist(a);
        renderKpis();
        for (Tier tier : Tier.values()) {
            long n = viewModel.count(tier);
            tierTiles.get(tier).show(null, String.valueOf(n), null, n == 1 ? "component" : "components", null);
        }
        int warnings = viewModel.warnings().size();
        warningsPane.setText("Warnings (" + warnings + ")");
        warningsPane.setExpanded(warnings > 0 && warnings <= 20);
        warningsTable.setPrefHeight(Math.min(320, 60 + 28 * Math.max(1, warnings)));
    }

    private VBox header() {
        name.getStyleClass().add("page-title");
        details.getStyleClass().add("muted");
        return new VBox(4, name, details);
    }

    private GridPane scoresGrid() {
        scores.setHgap(14);
        scores.setVgap(10);
        ColumnConstraints bar = new ColumnConstraints();
        bar.setHgrow(Priority.ALWAYS);
        scores.getColumnConstraints().addAll(new ColumnConstraints(150), bar, new ColumnConstraints(70),
                new ColumnConstraints(110));
        scoreRows();
        return scores;
    }

    /** The rows of the categories the overview shows, made up front: nothing to build when figures arrive. */
    private void scoreRows() {
        for (Category c : OverviewViewModel.SHOWN) {
            ScoreRow r = new ScoreRow(new Label(c.title()), new ProgressBar(0), new Label(), new Label(), new Tooltip());
            r.bar().setMaxWidth(Double.MAX_VALUE);
            r.value().getStyleClass().add("kpi-value");
            r.target().getStyleClass().add("muted");
            Tooltip.install(r.bar(), r.tip());
            scores.addRow(scores.getRowCount(), r.name(), r.bar(), r.value(), r.target());
            scoreRows.put(c, r);
        }
    }

    private void renderScores() {
        for (CategoryKpi kpi : viewModel.kpis()) {
            ScoreRow row = scoreRows.get(kpi.category());
            boolean percent = kpi.category() == Category.TESTING;
            row.bar().setProgress(kpi.fraction());
            row.bar().getStyleClass().removeAll("meets", "misses");
            row.bar().getStyleClass().add(kpi.meetsTarget() ? "meets" : "misses");
            row.value().setText(percent ? Format.percent(kpi.value()) : Format.score(kpi.value()));
            Tile.tone(row.value(), kpi.meetsTarget() ? "good" : "poor");
            String targetText = kpi.target() == null ? null
                    : percent ? Format.percent(kpi.target()) : Format.score(kpi.target());
            row.target().setText(targetText == null ? "no target"
                    : (kpi.meetsTarget() ? "✓ target " : "✗ target ") + targetText);
            row.tip().setText(kpi.category().title() + ": " + row.value().getText()
                    + (targetText == null ? "" : " against a target of " + targetText));
        }
    }

    private GridPane checklistGrid() {
        checklist.setHgap(16);
        checklist.setVgap(6);
        checklistSummary.getStyleClass().add("muted");
        return checklist;
    }

    /** The checklist's rows are rebuilt only when its checks change (a new standard, another repository). */
    private void renderChecklist(Assessment a) {
        List<String> ids = a.checklist().stream().map(c -> c.area() + "/" + c.title()).toList();
        boolean rebuild = !ids.equals(checklistShown);
        if (rebuild) {
            checklist.getChildren().clear();
            checklistShown = ids;
        }
        int row = 0;
        int index = 0;
        ChecklistArea area = null;
        for (CheckResult c : a.checklist()) {
            if (c.area() != area) {
                area = c.area();
                if (rebuild) {
                    Label heading = new Label(area.title());
                    heading.getStyleClass().add("checklist-area");
                    checklist.add(heading, 0, row, 3, 1);
                }
                row++;
            }
            Label state;
            Label evidence;
            if (rebuild) {
                state = new Label();
                evidence = new Label();
                evidence.getStyleClass().add("muted");
                evidence.setTooltip(new Tooltip());
                checklist.addRow(row, state, new Label(c.title()), evidence);
            } else {
                state = (Label) checklist.getChildren().get(index(row, 0));
                evidence = (Label) checklist.getChildren().get(index(row, 2));
            }
            state.setText(Format.checkState(c.state()));
            state.getStyleClass().setAll("label", "check-state", "check-" + c.state().name().toLowerCase(Locale.ROOT));
            evidence.setText(c.evidence() + (c.manualEvidence() == null ? "" : "  ·  recorded: " + c.manualEvidence()));
            evidence.getTooltip().setText(c.evidence() + "\nRight-click to record what you know of it.");
            MenuItem record = new MenuItem("Record evidence…");
            record.setOnAction(e -> onRecordEvidence.accept(c));
            evidence.setContextMenu(new ContextMenu(record));
            row++;
            index++;
        }
        checklistSummary.setText(a.count(CheckState.PASS) + " pass · " + a.count(CheckState.FAIL) + " fail · "
                + a.count(CheckState.NOT_APPLICABLE) + " not applicable · " + a.count(CheckState.NOT_CHECKED)
                + " not checked (code cannot show these; they are unknown, not healthy)");
    }

    /** The child at a grid cell of the checklist, found by its row and column. */
    private int index(int row, int column) {
        for (int i = 0; i < checklist.getChildren().size(); i++) {
            Node n = checklist.getChildren().get(i);
            Integer r = GridPane.getRowIndex(n);
            Integer c = GridPane.getColumnIndex(n);
            if (r != null && r == row && (c == null ? 0 : c) == column) {
                return i;
            }
        }
        throw new IllegalStateException("no checklist cell at " + row + "," + column);
    }

    private VBox operationalKpis() {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(8);
        int row = 0;
        for (OperationalKpi kpi : OperationalKpi.values()) {
            Label value = new Label();
            Label target = new Label("target " + kpi.targetText());
            target.getStyleClass().add("muted");
            Label when = new Label();
            when.getStyleClass().add("muted");
            kpiRows.put(kpi, new Label[] {value, when});
            grid.addRow(row++, new Label(kpi.title()), value, target, when);
        }
        Label hint = new Label("Code cannot show these: record them with 'uplift kpi DIR --set uptime=99.95' or "
                + "import a CSV (kpi,value,date) with 'uplift kpi DIR --import FILE'.");
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        return section("Operational KPIs", new VBox(10, grid, hint));
    }

    private void renderKpis() {
        for (OperationalKpi kpi : OperationalKpi.values()) {
            KpiMeasurement m = kpis.stream().filter(x -> x.kpi() == kpi).findFirst().orElse(null);
            Label[] cells = kpiRows.get(kpi);
            cells[0].setText(m == null ? "not measured" : kpi.format(m.value()));
            cells[0].getStyleClass().removeAll("muted", "good", "poor");
            cells[0].getStyleClass().add(m == null ? "muted" : m.meetsTarget() ? "good" : "poor");
            cells[1].setText(m == null ? "" : (m.meetsTarget() ? "✓ met" : "✗ not met") + " · " + m.measuredOn());
        }
    }

    private VBox tiers() {
        HBox row = new HBox(14);
        for (Tier tier : Tier.values()) {
            Tile tile = new Tile(tier.name() + " · " + tier.title());
            tierTiles.put(tier, tile);
            HBox.setHgrow(tile, Priority.ALWAYS);
            row.getChildren().add(tile);
        }
        return section("Priority tiers", row);
    }

    private VBox warnings() {
        TableColumn<AssessmentWarning, String> file = new TableColumn<>("File");
        file.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().file()));
        file.setPrefWidth(360);
        TableColumn<AssessmentWarning, String> message = new TableColumn<>("What happened");
        message.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().message()));
        message.setPrefWidth(560);
        warningsTable.getColumns().add(file);
        warningsTable.getColumns().add(message);
        warningsTable.setPlaceholder(new Label("Every file was read and analyzed."));
        warningsPane.setContent(warningsTable);
        VBox box = new VBox(warningsPane);
        box.setAlignment(Pos.TOP_LEFT);
        return box;
    }

    private static VBox section(String title, Node body) {
        Label t = new Label(title);
        t.getStyleClass().add("section-title");
        VBox box = new VBox(10, t, body);
        box.getStyleClass().add("card");
        return box;
    }
}
