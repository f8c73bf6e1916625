package dev.uplift.views.components;

import dev.uplift.model.Category;
import dev.uplift.model.ComponentAssessment;
import dev.uplift.model.CoverageSource;
import dev.uplift.model.Finding;
import dev.uplift.model.ProductionStandards;
import dev.uplift.model.ScoreDeduction;
import dev.uplift.model.checklist.CheckResult;
import dev.uplift.model.plan.UpgradeStep;
import dev.uplift.views.common.Columns;
import dev.uplift.views.common.Format;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** Components table on top; below it the selected component's findings, score reasons and details. */
public final class ComponentsView extends SplitPane {
    private final ComponentsViewModel viewModel;
    private final TableView<ComponentAssessment> table;
    private final GridPane about = new GridPane();

    public ComponentsView(ComponentsViewModel viewModel) {
        this.viewModel = viewModel;
        setOrientation(Orientation.VERTICAL);
        getStyleClass().add("components-view");
        table = componentsTable();
        TabPane details = new TabPane(new Tab("Findings", findingsPane()), new Tab("Why this score", deductionsTable()),
                new Tab("Checklist", checklistTable()), new Tab("Plan steps", stepsTable()), new Tab("About", aboutPane()));
        details.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        getItems().addAll(table, details);
        setDividerPositions(0.5);
        viewModel.selectedProperty().addListener(obs -> { // invalidation, not change: see OverviewView
            ComponentAssessment c = viewModel.selectedProperty().get();
            selectByIdentity(table, c);
            renderAbout(c);
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, c) -> {
            if (c != null) {
                viewModel.selectedProperty().set(c);
            }
        });
    }

    /**
     * Selects the row holding this very object. Selecting by value would compare components with
     * equals, which for records compares every finding: with tens of thousands of findings that kept the
     * JavaFX thread busy for a tenth of a second. No selection and no focus (null) leave nothing for the
     * table to look for among new rows either.
     */
    private static <T> void selectByIdentity(TableView<T> table, T item) {
        if (item == null) {
            table.getSelectionModel().clearSelection();
            table.getFocusModel().focus(-1);
            return;
        }
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i) == item) {
                table.getSelectionModel().clearAndSelect(i);
                return;
            }
        }
    }

    /** Selects the component with this id, as when it is opened from the priority matrix. */
    public void select(String componentId) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).component().id().equals(componentId)) {
                table.getSelectionModel().clearAndSelect(i);
                table.scrollTo(i);
                table.requestFocus();
                return;
            }
        }
    }

    /** The components table, for tests and keyboard focus. */
    public TableView<ComponentAssessment> table() {
        return table;
    }

    private TableView<ComponentAssessment> componentsTable() {
        ProductionStandards std = viewModel.standard();
        TableView<ComponentAssessment> t = new TableView<>(viewModel.components());
        t.setId("components-table");
        t.getColumns().add(Columns.text("Component", 220, c -> c.component().name()));
        t.getColumns().add(Columns.text("Tier", 56, c -> c.component().tier().name()));
        t.getColumns().add(Columns.text("Languages", 150, c -> String.join(", ", c.component().languages())));
        t.getColumns().add(Columns.number("LOC", 70, c -> c.metrics().linesOfCode()));
        t.getColumns().add(Columns.score("Readiness", c -> c.scores().readiness(), c -> null, false));
        t.getColumns().add(Columns.score("Quality", c -> c.scores().codeQuality(), target(std, Category.CODE_QUALITY), false));
        t.getColumns().add(Columns.score("Security", c -> c.scores().security(), target(std, Category.SECURITY), false));
        t.getColumns().add(Columns.score("Perf.", c -> c.scores().performance(), target(std, Category.PERFORMANCE), false));
        t.getColumns().add(Columns.score("Coverage", c -> c.scores().testCoverage(), target(std, Category.TESTING), true,
                c -> c.coverageSource() == CoverageSource.ESTIMATED ? "≈ " : ""));
        t.getColumns().add(Columns.score("Docs", c -> c.scores().documentation(), target(std, Category.DOCUMENTATION), false));
        t.getColumns().add(Columns.score("Errors", c -> c.scores().errorHandling(), c -> null, false));
        t.getColumns().add(Columns.score("Observ.", c -> c.scores().observability(), c -> null, false));
        t.getColumns().add(Columns.score("Ops.", c -> c.scores().operations(), c -> null, false));
        t.getColumns().add(Columns.number("Findings", 76, c -> c.findings().size()));
        t.setRowFactory(tv -> {
            TableRow<ComponentAssessment> row = new TableRow<>();
            row.itemProperty().addListener((obs, old, c) -> row.setTooltip(c == null ? null
                    : new Tooltip(c.component().tier().title() + ": " + c.component().tierReason())));
            return row;
        });
        t.setPlaceholder(new Label("No components found: the folder has no code Uplift recognises."));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return t;
    }

    /** The standard's threshold for a category in the row's tier. */
    private static Function<ComponentAssessment, Double> target(ProductionStandards std, Category category) {
        return row -> std.target(category, row.component().tier());
    }

    private TableView<Finding> findingsTable() {
        TableView<Finding> t = new TableView<>(viewModel.findings());
        t.setId("findings-table");
        t.getColumns().add(Columns.severity(90, Finding::severity));
        t.getColumns().add(Columns.text("Rule", 190, Finding::ruleId));
        t.getColumns().add(Columns.text("Confidence", 90, Finding::confidence));
        TableColumn<Finding, String> location = Columns.text("Location", 330,
                f -> f.line() > 0 ? f.file() + ":" + f.line() : f.file() + " (whole component)");
        location.setCellFactory(c -> {
            TableCell<Finding, String> cell = new TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                    setTooltip(empty || item == null ? null : new Tooltip(item));
                }
            };
            cell.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS); // keep the file name and line
            return cell;
        });
        t.getColumns().add(location);
        t.getColumns().add(Columns.text("Message", 420, Finding::message));
        t.getColumns().add(Columns.text("CWE", 80, f -> f.cwe() == null ? "" : "CWE-" + f.cwe()));
        t.getColumns().add(Columns.number("Effort (min)", 96, Finding::effortMinutes));
        t.setPlaceholder(new Label("No findings for this component."));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return t;
    }

    /** The findings table and, below it, what the selected finding's rule means and how to fix it. */
    private VBox findingsPane() {
        TableView<Finding> table = findingsTable();
        Label explanation = new Label("Select a finding to see what its rule checks and how to fix it.");
        explanation.setId("finding-explanation");
        explanation.setWrapText(true);
        explanation.getStyleClass().add("muted");
        explanation.setPadding(new Insets(6, 10, 8, 10));
        explanation.setMinHeight(Region.USE_PREF_SIZE); // wrap onto lines, never cut short
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, f) -> explanation.setText(f == null
                ? "Select a finding to see what its rule checks and how to fix it." : viewModel.explain(f)));
        VBox.setVgrow(table, Priority.ALWAYS);
        return new VBox(table, explanation);
    }

    private TableView<ScoreDeduction> deductionsTable() {
        TableView<ScoreDeduction> t = new TableView<>(viewModel.deductions());
        t.getColumns().add(Columns.text("Score", 150, ScoreDeduction::scoreTitle));
        t.getColumns().add(Columns.text("Cost by", 200, ScoreDeduction::source));
        t.getColumns().add(Columns.text("Why", 460, ScoreDeduction::detail));
        t.getColumns().add(Columns.text("Points lost", 100, d -> String.format(Locale.ROOT, "−%.2f", d.points())
                + (d.isFor(Category.TESTING) ? " %" : "")));
        t.setPlaceholder(new Label("Nothing cost this component any points."));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return t;
    }

    private TableView<CheckResult> checklistTable() {
        TableView<CheckResult> t = new TableView<>(viewModel.checklist());
        t.setId("component-checklist");
        TableColumn<CheckResult, String> state = Columns.text("State", 120, c -> Format.checkState(c.state()));
        state.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeIf(s -> s.startsWith("check-"));
                CheckResult c = empty ? null : getTableRow().getItem();
                setText(c == null ? null : item);
                if (c != null) {
                    getStyleClass().addAll("check-state", "check-" + c.state().name().toLowerCase(Locale.ROOT));
                }
            }
        });
        t.getColumns().add(state);
        t.getColumns().add(Columns.text("Area", 200, c -> c.area().title()));
        t.getColumns().add(Columns.text("Check", 330, CheckResult::title));
        t.getColumns().add(Columns.text("Evidence", 420, c -> c.evidence() + (c.manualEvidence() == null ? ""
                : "  ·  recorded: " + c.manualEvidence())));
        t.setPlaceholder(new Label("No checklist for this component: re-assess to evaluate it."));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return t;
    }

    /** The component's steps of the plan: what will be done about its gaps, and when. */
    private TableView<UpgradeStep> stepsTable() {
        TableView<UpgradeStep> t = new TableView<>(viewModel.steps());
        t.setId("component-steps");
        t.getColumns().add(Columns.text("Status", 90, s -> s.status().name().toLowerCase(Locale.ROOT)));
        t.getColumns().add(Columns.text("Phase", 130, UpgradeStep::phase));
        t.getColumns().add(Columns.text("Step", 420, UpgradeStep::title));
        t.getColumns().add(Columns.text("Risk", 70, s -> s.risk().name().toLowerCase(Locale.ROOT)));
        t.getColumns().add(Columns.number("Hours", 64, UpgradeStep::effortHours));
        t.getColumns().add(Columns.text("Start", 96, s -> s.isOpen() && viewModel.dateOf(s.startDay()) != null
                ? viewModel.dateOf(s.startDay()).toString() : ""));
        t.getColumns().add(Columns.text("End", 96, s -> s.isOpen() && viewModel.dateOf(s.endDay()) != null
                ? viewModel.dateOf(Math.max(s.startDay(), s.endDay() - 1)).toString() : ""));
        t.setPlaceholder(new Label("No plan steps for this component (or no plan yet: see Plan)."));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return t;
    }

    private ScrollPane aboutPane() {
        about.setHgap(16);
        about.setVgap(8);
        about.setPadding(new Insets(14));
        ScrollPane scroll = new ScrollPane(about);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private void renderAbout(ComponentAssessment c) {
        about.getChildren().clear();
        if (c == null) {
            return;
        }
        int row = 0;
        row = fact(row, "Path", c.component().path());
        row = fact(row, "Kind", c.component().kind().label());
        row = fact(row, "Tier", c.component().tier().name() + " · " + c.component().tier().title());
        row = fact(row, "Why this tier", c.component().tierReason());
        row = fact(row, "Depends on", c.component().dependsOn().isEmpty() ? "nothing in this repository"
                : String.join(", ", c.component().dependsOn()));
        List<String> usedBy = viewModel.usedBy(c);
        row = fact(row, "Used by", usedBy.isEmpty() ? "nothing in this repository" : String.join(", ", usedBy));
        List<String> hotspots = c.findings().stream().filter(f -> f.ruleId().equals("HIST-HOTSPOT"))
                .map(f -> f.file()).distinct().limit(5).toList();
        row = fact(row, "Hotspots", hotspots.isEmpty() ? "none (complex code that changes often; needs git history)"
                : String.join(", ", hotspots));
        row = fact(row, "Coverage", Format.percent(c.scores().testCoverage()) + " (" + c.coverageSource().label() + ")");
        row = fact(row, "Stubs", Format.percent(c.metrics().stubRatio() * 100) + " of functions: "
                + c.metrics().emptyStubs() + " empty, " + c.metrics().notImplementedFunctions() + " not implemented, "
                + c.metrics().simulatedFunctions() + " simulated");
        List<String> simulated = c.findings().stream().filter(f -> f.ruleId().equals("STUB-SIMULATED"))
                .map(f -> f.file() + ":" + f.line() + " " + f.message()).limit(8).toList();
        row = fact(row, "Simulated implementations", simulated.isEmpty() ? "none found"
                : String.join("\n", simulated) + (c.metrics().simulatedFunctions() > simulated.size() ? "\n… (Findings tab)" : ""));
        for (Map.Entry<String, Double> m : c.metrics().asMap().entrySet()) {
            row = fact(row, m.getKey(), String.format(Locale.ROOT, "%,.0f", m.getValue()));
        }
    }

    private int fact(int row, String name, String value) {
        Label n = new Label(name);
        n.getStyleClass().add("muted");
        n.setMinWidth(Region.USE_PREF_SIZE); // the value wraps, the name never shrinks to "…"
        Label v = new Label(value);
        v.setWrapText(true);
        about.addRow(row, n, v);
        return row + 1;
    }
}
