package dev.uplift.views.standards;

import dev.uplift.model.Exemption;
import dev.uplift.views.common.Columns;
import javafx.beans.property.DoubleProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The standards editor: pick a standard, change its thresholds, drop exemptions, save it (under the
 * same or a new name) as the active standard. Tier thresholds, required controls and severity changes
 * are kept as they are; the standard's JSON file holds those (docs/standards.md).
 */
public final class StandardsView extends VBox {
    private final StandardsViewModel viewModel;

    public StandardsView(StandardsViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("standards-view");
        setPadding(new Insets(16));
        setSpacing(10);
        Label title = new Label("Production standard");
        title.getStyleClass().add("page-title");
        Label hint = new Label("What a component must reach to be production-ready. Saving makes this the active "
                + "standard and assesses the repository again against it.");
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);

        ComboBox<String> pick = new ComboBox<>(viewModel.names());
        pick.setId("standard-pick");
        pick.setPromptText("Standards");
        pick.setOnAction(e -> viewModel.open(pick.getValue()));
        Label active = new Label();
        active.textProperty().bind(viewModel.activeProperty().map(n -> n.isEmpty() ? "" : "Active: " + n));
        active.getStyleClass().add("muted");
        HBox top = new HBox(10, new Label("Edit"), pick, active);
        top.setAlignment(Pos.CENTER_LEFT);

        TextField name = new TextField();
        name.setId("standard-name");
        name.textProperty().bindBidirectional(viewModel.nameProperty());
        name.setTooltip(new Tooltip("Save under another name to keep the original"));
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label("Name"), name);
        form.addRow(1, new Label("Code quality at least"), spinner("threshold-codeQuality", viewModel.codeQualityProperty(), 10, 0.1),
                new Label("of 10"));
        form.addRow(2, new Label("Security at least"), spinner("threshold-security", viewModel.securityProperty(), 10, 0.1),
                new Label("of 10"));
        form.addRow(3, new Label("Performance at least"), spinner("threshold-performance", viewModel.performanceProperty(), 10, 0.1),
                new Label("of 10"));
        form.addRow(4, new Label("Test coverage at least"), spinner("threshold-testCoverage", viewModel.testCoverageProperty(), 100, 1),
                new Label("%"));
        form.addRow(5, new Label("Documentation at least"), spinner("threshold-documentation", viewModel.documentationProperty(), 10, 0.1),
                new Label("of 10"));
        form.getStyleClass().add("card");
        form.setMaxWidth(640);

        Label exemptionsTitle = new Label("Exemptions: findings this standard accepts");
        exemptionsTitle.getStyleClass().add("section-title");
        TableView<Exemption> exemptions = new TableView<>(viewModel.exemptions());
        exemptions.setId("exemptions-table");
        exemptions.getColumns().add(Columns.text("Rule", 220, Exemption::ruleId));
        exemptions.getColumns().add(Columns.text("Component", 130, x -> x.componentId() == null ? "any" : x.componentId()));
        exemptions.getColumns().add(Columns.text("File", 260, x -> x.file() == null ? "any" : x.file()
                + (x.line() == null ? "" : ":" + x.line())));
        exemptions.getColumns().add(Columns.text("Why", 320, Exemption::reason));
        exemptions.getColumns().add(Columns.text("Until", 100, x -> x.expires() == null ? "" : x.expires().toString()));
        exemptions.setPlaceholder(new Label("No exemptions: exempt a finding from the Findings view (right-click it)."));
        exemptions.setPrefHeight(220);
        VBox.setVgrow(exemptions, Priority.ALWAYS);
        Button remove = new Button("Remove the selected exemption");
        remove.disableProperty().bind(exemptions.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> viewModel.exemptions().remove(exemptions.getSelectionModel().getSelectedItem()));
        Button save = new Button("Save and re-assess");
        save.setId("standard-save");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> viewModel.save());
        HBox actions = new HBox(10, remove, save);
        actions.setAlignment(Pos.CENTER_RIGHT);
        getChildren().addAll(title, hint, top, form, exemptionsTitle, exemptions, actions);
        viewModel.load();
    }

    private static Spinner<Double> spinner(String id, DoubleProperty value, double max, double step) {
        Spinner<Double> spinner = new Spinner<>();
        SpinnerValueFactory.DoubleSpinnerValueFactory factory = new SpinnerValueFactory.DoubleSpinnerValueFactory(0, max,
                value.get(), step);
        spinner.setValueFactory(factory);
        spinner.setEditable(true);
        spinner.setId(id);
        spinner.setPrefWidth(110);
        value.addListener(o -> factory.setValue(value.get()));
        factory.valueProperty().addListener(o -> {
            if (factory.getValue() != null && factory.getValue() != value.get()) {
                value.set(factory.getValue());
            }
        });
        return spinner;
    }
}
