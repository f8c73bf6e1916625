package dev.uplift.views.matrix;

import dev.uplift.model.Tier;
import dev.uplift.model.plan.PriorityMatrix;
import javafx.geometry.Insets;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The priority matrix view: the chart, and beside it a board listing each tier's components. A
 * component moves to another tier by dragging its bubble into that band, or from its context menu on
 * the board; either way the reason is asked for, and the move is stored.
 */
public final class MatrixView extends BorderPane {
    /** Asks why a component belongs in a tier; empty when the user cancels. */
    @FunctionalInterface
    public interface ReasonPrompt {
        Optional<String> ask(String componentName, Tier tier);
    }

    private final MatrixViewModel viewModel;
    private final MatrixChart chart;
    private final Map<Tier, ListView<PriorityMatrix.Bubble>> board = new EnumMap<>(Tier.class);
    private ReasonPrompt prompt = MatrixView::askWithDialog;

    /** @param open opens the component with this id (the components view) */
    public MatrixView(MatrixViewModel viewModel, Consumer<String> open) {
        this.viewModel = viewModel;
        getStyleClass().add("matrix-view");
        Label title = new Label("Priority matrix");
        title.getStyleClass().add("page-title");
        Label hint = new Label("Bubble size: hours of open plan steps. Colour: their worst risk. Click a bubble to open "
                + "the component; drag it to another tier to move it there.");
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        VBox header = new VBox(2, title, hint);
        header.setPadding(new Insets(16, 16, 8, 16));
        setTop(header);
        chart = new MatrixChart(viewModel, open, this::moveAsking);
        setCenter(chart);
        BorderPane.setMargin(chart, new Insets(0, 8, 16, 8));
        VBox lists = new VBox(6);
        lists.setPadding(new Insets(0, 16, 16, 8));
        lists.setPrefWidth(280);
        for (Tier tier : Tier.values()) {
            Label heading = new Label(tier.name() + "  " + tier.title());
            heading.getStyleClass().add("section-title");
            ListView<PriorityMatrix.Bubble> list = new ListView<>();
            list.setId("board-" + tier.name());
            list.setCellFactory(v -> new BoardCell(open));
            list.setPrefHeight(120);
            VBox.setVgrow(list, Priority.ALWAYS);
            board.put(tier, list);
            lists.getChildren().addAll(heading, list);
        }
        setRight(lists);
        viewModel.bubbles().addListener((javafx.collections.ListChangeListener<PriorityMatrix.Bubble>) c -> fillBoard());
        fillBoard();
    }

    /** Replaces the dialog that asks for the reason (tests answer it themselves). */
    public void setReasonPrompt(ReasonPrompt prompt) {
        this.prompt = prompt;
    }

    private void fillBoard() {
        board.forEach((tier, list) -> list.getItems().setAll(viewModel.inTier(tier)));
    }

    private void moveAsking(PriorityMatrix.Bubble bubble, Tier tier) {
        prompt.ask(bubble.name(), tier).ifPresent(reason -> viewModel.move(bubble, tier, reason));
    }

    private static Optional<String> askWithDialog(String componentName, Tier tier) {
        TextInputDialog dialog = new TextInputDialog();
        dialog.setTitle("Uplift");
        dialog.setHeaderText("Move " + componentName + " to " + tier.name() + " " + tier.title());
        dialog.setContentText("Why does it belong there?");
        dialog.getDialogPane().setPrefWidth(520);
        dialog.getDialogPane().lookupButton(javafx.scene.control.ButtonType.OK).disableProperty()
                .bind(dialog.getEditor().textProperty().isEmpty());
        return dialog.showAndWait().filter(s -> !s.isBlank());
    }

    /** A component on the board: name and readiness; double-click opens it, the context menu moves it. */
    private final class BoardCell extends ListCell<PriorityMatrix.Bubble> {
        private final Consumer<String> open;

        BoardCell(Consumer<String> open) {
            this.open = open;
            setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && getItem() != null) {
                    open.accept(getItem().componentId());
                }
            });
        }

        @Override
        protected void updateItem(PriorityMatrix.Bubble b, boolean empty) {
            super.updateItem(b, empty);
            if (empty || b == null) {
                setText(null);
                setContextMenu(null);
                return;
            }
            setText(String.format(Locale.ROOT, "%s   %.1f", b.name(), b.readiness()));
            ContextMenu menu = new ContextMenu();
            MenuItem openItem = new MenuItem("Open " + b.name());
            openItem.setOnAction(e -> open.accept(b.componentId()));
            menu.getItems().add(openItem);
            for (Tier tier : Tier.values()) {
                if (tier != b.tier()) {
                    MenuItem move = new MenuItem("Move to " + tier.name() + " " + tier.title() + "…");
                    move.setOnAction(e -> moveAsking(b, tier));
                    menu.getItems().add(move);
                }
            }
            setContextMenu(menu);
        }
    }
}
