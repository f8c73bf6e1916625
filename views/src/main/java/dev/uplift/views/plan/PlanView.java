package dev.uplift.views.plan;

import dev.uplift.model.plan.StepStatus;
import dev.uplift.model.plan.Team;
import dev.uplift.model.plan.UpgradePlan;
import dev.uplift.model.plan.UpgradeStep;
import dev.uplift.model.plan.ValidationCriterion;
import dev.uplift.views.common.Columns;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The plan as a table in start order: critical steps marked, dates from the plan's calendar. */
public final class PlanView extends BorderPane {
    /** The time boxes offered, in weeks; 0 is none (the complete plan). */
    private static final List<Integer> TIME_BOXES = List.of(0, 2, 4, 6, 8, 10, 12, 16, 20, 26, 52);
    private final PlanViewModel viewModel;
    private final TableView<UpgradeStep> table;
    private final VBox empty;
    private Function<UpgradeStep, Optional<Double>> estimatePrompt = PlanView::askEstimate;
    private Function<Team, Optional<Team>>
            teamEditor = TeamEditor::ask;
    private Function<UpgradeStep, Optional<String>> waitPrompt = this::askWait;
    private Function<UpgradeStep, Optional<Map<String, Integer>>> assignPrompt =
            this::askPeople;

    public PlanView(PlanViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("plan-view");
        table = stepsTable();
        empty = emptyState();
        setTop(header());
        StackPane center = new StackPane(table, empty);
        setCenter(center);
        viewModel.planProperty().addListener((obs, old, plan) -> render(plan));
        render(viewModel.planProperty().get());
    }

    public TableView<UpgradeStep> table() {
        return table;
    }

    private void render(UpgradePlan plan) {
        boolean has = plan != null && !plan.steps().isEmpty();
        table.setVisible(has);
        empty.setVisible(!has);
    }

    private HBox header() {
        Label title = new Label("Upgrade plan");
        title.getStyleClass().add("page-title");
        Label summary = new Label();
        summary.textProperty().bind(viewModel.summaryProperty());
        summary.getStyleClass().add("muted");
        VBox text = new VBox(4, title, summary);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button replan = new Button("Re-plan");
        replan.setTooltip(new Tooltip("Plan again from the latest assessment; edits and step status are kept"));
        replan.setOnAction(e -> viewModel.replan());
        replan.disableProperty().bind(viewModel.busyProperty());
        Button team = new Button("Team…");
        team.setTooltip(new Tooltip("Who does the plan: people and focus hours per skill; the plan is made again"));
        team.setOnAction(e -> viewModel.editTeam(teamEditor));
        team.disableProperty().bind(viewModel.busyProperty().or(viewModel.planProperty().isNull()));
        Label boxLabel = new Label("Time box");
        boxLabel.getStyleClass().add("muted");
        ComboBox<Integer> timeBox = timeBoxChoice();
        boxLabel.setLabelFor(timeBox);
        // the controls keep their size; the summary line wraps when the window is narrow
        for (Region control : List.of(boxLabel, timeBox, team, replan)) {
            control.setMinWidth(Region.USE_PREF_SIZE);
        }
        summary.setWrapText(true);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.SOMETIMES);
        HBox box = new HBox(12, text, spacer, boxLabel, timeBox, team, replan);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(16, 20, 12, 20));
        return box;
    }

    /** Weeks the plan must fit into; choosing one plans again and lists what does not fit as deferred. */
    private ComboBox<Integer> timeBoxChoice() {
        ComboBox<Integer> choice = new ComboBox<>(FXCollections.observableArrayList(TIME_BOXES));
        choice.setId("time-box");
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer weeks) {
                return weeks == null || weeks == 0 ? "None: the whole plan" : weeks + (weeks == 1 ? " week" : " weeks");
            }

            @Override
            public Integer fromString(String text) {
                return null; // not editable
            }
        });
        choice.setTooltip(new Tooltip("Fit the plan into this many weeks of the team's time: blockers first, then what "
                + "wins the most readiness per hour; the rest is listed as deferred with the reason"));
        choice.setValue(0);
        boolean[] showing = {false}; // a plan being shown sets the choice; that is not the user choosing
        viewModel.planProperty().addListener((obs, old, plan) -> {
            showing[0] = true;
            Integer weeks = viewModel.timeBoxWeeks();
            if (weeks != null && !choice.getItems().contains(weeks)) {
                choice.getItems().add(weeks);
                choice.getItems().sort(java.util.Comparator.naturalOrder());
            }
            choice.setValue(weeks == null ? 0 : weeks);
            showing[0] = false;
        });
        choice.valueProperty().addListener((obs, old, weeks) -> {
            if (!showing[0] && weeks != null) {
                viewModel.timeBox(weeks == 0 ? null : weeks);
            }
        });
        choice.disableProperty().bind(viewModel.busyProperty().or(viewModel.planProperty().isNull()));
        return choice;
    }

    private VBox emptyState() {
        Label title = new Label("No plan yet");
        title.getStyleClass().add("section-title");
        Label hint = new Label("Uplift turns the assessment's gaps into steps and schedules them for the repository's "
                + "team (four people until you change it with Team…, once the plan is made).");
        hint.setWrapText(true);
        hint.setMaxWidth(520);
        hint.getStyleClass().add("muted");
        Button make = new Button("Make a plan");
        make.getStyleClass().add("accent");
        make.setOnAction(e -> viewModel.replan());
        make.disableProperty().bind(viewModel.busyProperty());
        VBox box = new VBox(12, title, hint, make);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private TableView<UpgradeStep> stepsTable() {
        TableView<UpgradeStep> t = new TableView<>(viewModel.steps());
        t.setId("plan-table");
        t.getColumns().add(Columns.text("", 28, s -> viewModel.isCritical(s) ? "★" : ""));
        TableColumn<UpgradeStep, String> status = Columns.text("Status", 90, s -> viewModel.deferredReason(s).isPresent()
                ? "deferred" : s.status().name().toLowerCase(Locale.ROOT));
        status.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean emptyCell) {
                super.updateItem(item, emptyCell);
                getStyleClass().removeIf(x -> x.startsWith("status-"));
                setText(emptyCell ? null : item);
                if (!emptyCell && item != null) {
                    getStyleClass().add("status-" + item);
                }
            }
        });
        t.getColumns().add(status);
        t.getColumns().add(Columns.text("Phase", 130, UpgradeStep::phase));
        t.getColumns().add(Columns.text("Step", 400, UpgradeStep::title));
        t.getColumns().add(Columns.text("Tier", 50, s -> s.tier() == null ? "" : s.tier().name()));
        t.getColumns().add(Columns.number("Priority", 70, UpgradeStep::priority));
        t.getColumns().add(Columns.text("Risk", 70, s -> s.risk().name().toLowerCase(Locale.ROOT)));
        t.getColumns().add(Columns.text("Who", 90, s -> s.demand().entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "))));
        t.getColumns().add(Columns.number("Hours", 64, s -> s.effortHours()));
        t.getColumns().add(Columns.text("Start", 96, s -> scheduled(s) ? String.valueOf(viewModel.dateOf(s.startDay())) : ""));
        t.getColumns().add(Columns.text("End", 96, s -> scheduled(s)
                ? String.valueOf(viewModel.dateOf(Math.max(s.startDay(), s.endDay() - 1))) : ""));
        t.setRowFactory(tv -> {
            TableRow<UpgradeStep> row = new TableRow<>();
            row.itemProperty().addListener((obs, old, s) -> {
                row.setContextMenu(s == null ? null : editMenu(s));
                row.setTooltip(s == null ? null : new Tooltip(tooltip(s)));
                row.getStyleClass().removeAll("critical-step", "done-step", "deferred-step");
                if (s != null && viewModel.deferredReason(s).isPresent()) {
                    row.getStyleClass().add("deferred-step");
                }
                if (s != null && viewModel.isCritical(s)) {
                    row.getStyleClass().add("critical-step");
                }
                if (s != null && (s.status() == StepStatus.VERIFIED || s.status() == StepStatus.EXCLUDED)) {
                    row.getStyleClass().add("done-step");
                }
            });
            return row;
        });
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return t;
    }

    private boolean scheduled(UpgradeStep s) {
        return s.isOpen() && viewModel.deferredReason(s).isEmpty();
    }

    /** Replaces the team editor dialog (tests answer it themselves). */
    public void setTeamEditor(Function<Team,
            Optional<Team>> editor) {
        this.teamEditor = editor;
    }

    /** Replaces the dialogs that ask who does a step and what else it waits for (tests answer them themselves). */
    public void setStepPrompts(Function<UpgradeStep, Optional<Map<String, Integer>>> people,
                               Function<UpgradeStep, Optional<String>> waitsFor) {
        this.assignPrompt = people;
        this.waitPrompt = waitsFor;
    }

    /** Asks which other open step this one must also wait for; the answer is that step's id. */
    @SuppressWarnings("unchecked") // ChoiceDialog's combo box holds the dialog's own item type
    private Optional<String> askWait(UpgradeStep s) {
        List<UpgradeStep> others = viewModel.steps().stream()
                .filter(o -> o.isOpen() && !o.id().equals(s.id()) && !s.prerequisites().contains(o.id())).toList();
        ChoiceDialog<UpgradeStep> dialog = new ChoiceDialog<>(
                others.isEmpty() ? null : others.get(0), others);
        dialog.setTitle("Uplift");
        dialog.setHeaderText("What else must \"" + s.title() + "\" wait for?");
        dialog.setContentText("Starts after:");
        StringConverter<UpgradeStep> titles = new StringConverter<>() {
            @Override
            public String toString(UpgradeStep step) {
                return step == null ? "" : step.title();
            }

            @Override
            public UpgradeStep fromString(String text) {
                return null;
            }
        };
        dialog.getDialogPane().lookupAll(".combo-box").forEach(n -> ((ComboBox<UpgradeStep>) n)
                .setConverter(titles));
        return dialog.showAndWait().map(UpgradeStep::id);
    }

    /** Asks how many people of each of the team's skills do the step. */
    private Optional<Map<String, Integer>> askPeople(UpgradeStep s) {
        Map<String, Integer> team = viewModel.planProperty().get() == null ? Map.of()
                : viewModel.planProperty().get().capacity();
        Dialog<Map<String, Integer>> dialog = new Dialog<>();
        dialog.setTitle("Uplift");
        dialog.setHeaderText("Who does \"" + s.title() + "\"? More people shorten it.");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        Map<String, Spinner<Integer>> spinners = new LinkedHashMap<>();
        int row = 0;
        for (Map.Entry<String, Integer> skill : team.entrySet()) {
            Spinner<Integer> n = new Spinner<>(0, Math.max(0, skill.getValue()),
                    Math.min(skill.getValue(), s.demand().getOrDefault(skill.getKey(), 0)));
            spinners.put(skill.getKey(), n);
            grid.addRow(row++, new Label(skill.getKey() + " (team: " + skill.getValue() + ")"), n);
        }
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK,
                ButtonType.CANCEL);
        dialog.setResultConverter(b -> {
            if (b != ButtonType.OK) {
                return null;
            }
            Map<String, Integer> people = new LinkedHashMap<>();
            spinners.forEach((skill, n) -> people.put(skill, n.getValue()));
            return people.values().stream().mapToInt(Integer::intValue).sum() > 0 ? people : null;
        });
        return dialog.showAndWait();
    }

    /** Replaces the dialog that asks for a new estimate (tests answer it themselves). */
    public void setEstimatePrompt(Function<UpgradeStep, Optional<Double>> prompt) {
        this.estimatePrompt = prompt;
    }

    /** The edits a step takes; each is stored and the plan is made again with it. */
    private ContextMenu editMenu(UpgradeStep s) {
        MenuItem estimate = new MenuItem("Change the estimate…");
        estimate.setOnAction(e -> estimatePrompt.apply(s).ifPresent(hours -> viewModel.estimate(s.id(), hours)));
        boolean excluded = s.status() == StepStatus.EXCLUDED;
        MenuItem exclude = new MenuItem(excluded ? "Put back into the plan"
                : "Leave out of the plan");
        exclude.setOnAction(e -> viewModel.exclude(s.id(), !excluded));
        MenuItem people = new MenuItem("Who does it…");
        people.setOnAction(e -> assignPrompt.apply(s).ifPresent(p -> viewModel.assign(s.id(), p)));
        MenuItem wait = new MenuItem("Must also wait for…");
        wait.setOnAction(e -> waitPrompt.apply(s).ifPresent(p -> viewModel.waitFor(s.id(), p)));
        MenuItem pin = new MenuItem("Pin its start on the timeline (drag it)");
        pin.setDisable(true);
        return new ContextMenu(estimate, exclude, people, wait, pin);
    }

    private static Optional<Double> askEstimate(UpgradeStep s) {
        TextInputDialog dialog = new TextInputDialog(
                String.format(Locale.ROOT, "%.1f", s.effortHours()));
        dialog.setTitle("Uplift");
        dialog.setHeaderText("Estimate for: " + s.title());
        dialog.setContentText("Hours of work:");
        return dialog.showAndWait().flatMap(text -> {
            try {
                double hours = Double.parseDouble(text.strip().replace(',', '.'));
                return hours > 0 && hours < 100_000 ? Optional.of(hours) : Optional.empty();
            } catch (NumberFormatException notANumber) {
                return Optional.empty();
            }
        });
    }

    private String tooltip(UpgradeStep s) {
        Optional<String> deferred = viewModel.deferredReason(s);
        if (deferred.isPresent()) {
            return s.title() + "\nid: " + s.id() + "\ndeferred: " + deferred.get();
        }
        return s.title() + "\nid: " + s.id() + "\nworking days " + s.startDay() + "–" + s.endDay()
                + (s.prerequisites().isEmpty() ? "" : "\nafter: " + String.join(", ", s.prerequisites()))
                + "\ndone when: " + s.validation().stream().map(ValidationCriterion::describe)
                .collect(Collectors.joining("; "))
                + (viewModel.isCritical(s) ? "\n★ on the critical path: a delay here delays the plan" : "");
    }
}
