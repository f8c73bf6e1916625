package dev.uplift.views.findings;

import dev.uplift.model.Category;
import dev.uplift.model.Finding;
import dev.uplift.model.Severity;
import dev.uplift.views.common.Columns;
import dev.uplift.views.common.DirectSort;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Every finding of the assessment in one sortable table, filtered by text, category, minimum
 * severity and component; below it, the source around the selected finding with its line highlighted
 * (secrets masked) and what its rule checks.
 */
public final class FindingsView extends SplitPane {
    private final FindingsViewModel viewModel;
    private final Function<Finding, String> explain;
    private final TableView<FindingsViewModel.Row> table = new TableView<>();
    private final Label count = new Label();
    private final Label header = new Label("Select a finding to see its source.");
    private final ListView<String> source = new ListView<>();
    private final Label explanation = new Label();
    private int highlighted = -1;
    private Consumer<FindingsViewModel.Row> onExempt = row -> { };

    /** @param explain what a finding's rule checks and how to fix it */
    public FindingsView(FindingsViewModel viewModel, Function<Finding, String> explain) {
        this.viewModel = viewModel;
        this.explain = explain;
        setOrientation(Orientation.VERTICAL);
        getItems().addAll(new VBox(filters(), table()), preview());
        VBox.setVgrow(table, Priority.ALWAYS);
        setDividerPositions(0.6);
        viewModel.shown().addListener((ListChangeListener<FindingsViewModel.Row>) c -> updateCount());
        updateCount();
    }

    private HBox filters() {
        TextField search = new TextField();
        search.setPromptText("Search rule, message, file, component, CWE…");
        search.setId("findings-search");
        search.textProperty().bindBidirectional(viewModel.textProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        ComboBox<Category> category = choice("All categories",
                Arrays.asList(Category.values()), Category::title);
        category.valueProperty().bindBidirectional(viewModel.categoryProperty());
        ComboBox<Severity> severity = choice("Any severity", Arrays.asList(Severity.values()),
                s -> s.name().toLowerCase(Locale.ROOT) + " or worse");
        severity.valueProperty().bindBidirectional(viewModel.minimumSeverityProperty());
        ComboBox<String> component = choice("All components", viewModel.components(), s -> s);
        viewModel.components().addListener((ListChangeListener<String>) c -> {
            List<String> items = new ArrayList<>();
            items.add(null);
            items.addAll(viewModel.components());
            component.getItems().setAll(items);
        });
        component.valueProperty().bindBidirectional(viewModel.componentProperty());
        ComboBox<Boolean> status = choice("Open and exempt", List.of(false, true), open -> open ? "Exempt only" : "Open only");
        status.setId("findings-status");
        status.valueProperty().bindBidirectional(viewModel.exemptProperty());
        count.getStyleClass().add("muted");
        HBox bar = new HBox(10, search, category, severity, component, status, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 10, 8, 10));
        return bar;
    }

    /** A choice whose first entry (null) means "no filter", shown with {@code none}. */
    private static <T> ComboBox<T> choice(String none, List<T> values, Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>();
        List<T> items = new ArrayList<>();
        items.add(null);
        items.addAll(values);
        box.getItems().setAll(items);
        box.setPromptText(none);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? none : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        });
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(item == null ? none : label.apply(item));
            }
        });
        return box;
    }

    private TableView<FindingsViewModel.Row> table() {
        table.setId("all-findings-table");
        SortedList<FindingsViewModel.Row> sorted = new SortedList<>(viewModel.shown());
        table.setItems(sorted);
        DirectSort<FindingsViewModel.Row> sort = new DirectSort<>();
        table.getColumns().add(sort.by(Columns.severity(90, r -> r.finding().severity()),
                Comparator.comparing(r -> r.finding().severity())));
        table.getColumns().add(sort.by(Columns.text("Rule", 200, r -> r.finding().ruleId()),
                Comparator.comparing(r -> r.finding().ruleId())));
        table.getColumns().add(sort.by(Columns.text("Confidence", 96, r -> r.finding().confidence()),
                Comparator.comparing(r -> r.finding().review())));
        table.getColumns().add(sort.by(Columns.text("Component", 150, FindingsViewModel.Row::component),
                Comparator.comparing(FindingsViewModel.Row::component)));
        table.getColumns().add(sort.by(Columns.text("Location", 300, r -> r.finding().line() > 0
                        ? r.finding().file() + ":" + r.finding().line() : r.finding().file() + " (whole component)"),
                Comparator.comparing((FindingsViewModel.Row r) -> r.finding().file())
                        .thenComparingInt(r -> r.finding().line())));
        table.getColumns().add(sort.by(Columns.text("Message", 420, r -> r.finding().message()),
                Comparator.comparing(r -> r.finding().message())));
        table.getColumns().add(sort.by(Columns.text("CWE", 80, r -> r.finding().cwe() == null ? ""
                : "CWE-" + r.finding().cwe()), Comparator.comparing(r -> r.finding().cwe(),
                Comparator.nullsLast(Comparator.naturalOrder()))));
        table.getColumns().add(sort.by(Columns.text("Status", 220, r -> r.finding().isExempt()
                ? "exempt: " + r.finding().exemption() : "open"), Comparator.comparing(r -> r.finding().exemption(),
                Comparator.nullsFirst(Comparator.naturalOrder()))));
        sort.install(table, sorted);
        table.setRowFactory(t -> {
            TableRow<FindingsViewModel.Row> row = new TableRow<>();
            MenuItem exempt = new MenuItem("Exempt this finding…");
            exempt.setOnAction(e -> onExempt.accept(row.getItem()));
            ContextMenu menu = new ContextMenu(exempt);
            row.contextMenuProperty().bind(Bindings.when(row.emptyProperty()
                    .or(Bindings.createBooleanBinding(() -> row.getItem() != null
                            && row.getItem().finding().isExempt(), row.itemProperty())))
                    .then((ContextMenu) null).otherwise(menu));
            return row;
        });
        table.setPlaceholder(new Label("No finding matches the filters."));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> show(row));
        return table;
    }

    /** What "Exempt this finding…" in a row's context menu does (the main view asks why and stores it). */
    public void setOnExempt(Consumer<FindingsViewModel.Row> handler) {
        this.onExempt = handler;
    }

    private VBox preview() {
        header.getStyleClass().add("section-title");
        source.getStyleClass().add("source-preview");
        source.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                getStyleClass().remove("source-highlight");
                if (!empty && getIndex() == highlighted) {
                    getStyleClass().add("source-highlight");
                }
            }
        });
        explanation.getStyleClass().add("muted");
        explanation.setWrapText(true);
        explanation.setMinHeight(Region.USE_PREF_SIZE); // wrap onto lines, never cut short
        VBox box = new VBox(6, header, source, explanation);
        box.setPadding(new Insets(8, 10, 8, 10));
        VBox.setVgrow(source, Priority.ALWAYS);
        return box;
    }

    private void show(FindingsViewModel.Row row) {
        if (row == null) {
            header.setText("Select a finding to see its source.");
            source.getItems().clear();
            explanation.setText("");
            return;
        }
        // the file is read off the JavaFX thread; a preview that arrives after another row was chosen is dropped
        Supplier<FindingsViewModel.Preview> reader = viewModel.previewReader(row);
        CompletableFuture.supplyAsync(reader).thenAccept(p -> Platform.runLater(() -> {
            if (table.getSelectionModel().getSelectedItem() == row) {
                render(row, p);
            }
        }));
    }

    private void render(FindingsViewModel.Row row, FindingsViewModel.Preview p) {
        header.setText(row.finding().file() + (row.finding().line() > 0 ? ":" + row.finding().line() : ""));
        highlighted = p.lines().isEmpty() ? -1 : p.highlighted() - p.firstLine();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < p.lines().size(); i++) {
            lines.add(String.format(Locale.ROOT, "%5d  %s", p.firstLine() + i, p.lines().get(i)));
        }
        source.setItems(FXCollections.observableArrayList(lines));
        if (highlighted >= 0) {
            source.scrollTo(Math.max(0, highlighted - 3));
        }
        explanation.setText((p.note() == null ? "" : p.note() + "\n") + path(row.finding()) + explain.apply(row.finding()));
    }

    /** A confirmed finding's data flow, source first, one line a step. */
    private static String path(Finding f) {
        if (f.trace().isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("Data flow (source first):\n");
        for (int i = 0; i < f.trace().size(); i++) {
            var step = f.trace().get(i);
            out.append(String.format(Locale.ROOT, "  %d. %s:%d  %s%n", i + 1, step.file(), step.line(), step.note()));
        }
        return out.append('\n').toString();
    }

    private void updateCount() {
        count.setText(viewModel.shown().size() + " of " + viewModel.total() + " findings");
    }

    /** The findings table, for tests. */
    public TableView<FindingsViewModel.Row> findingsTable() {
        return table;
    }
}
