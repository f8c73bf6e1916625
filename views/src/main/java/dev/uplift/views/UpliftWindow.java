package dev.uplift.views;

import dev.uplift.model.service.Exports;
import dev.uplift.views.main.MainView;
import dev.uplift.views.main.MainViewModel;
import dev.uplift.views.main.UserError;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** Puts the main view into a stage: scene, style sheet, shortcuts, drag and drop, error dialogs. */
public final class UpliftWindow {
    private UpliftWindow() {
    }

    public static MainView install(Stage stage, MainViewModel viewModel) {
        return install(stage, viewModel, null);
    }

    /**
     * @param boundsFile where the window's size and place are remembered between sessions (null: not
     *                   remembered)
     */
    public static MainView install(Stage stage, MainViewModel viewModel, Path boundsFile) {
        MainView view = new MainView(viewModel, () -> chooseFolder(stage, viewModel),
                kind -> chooseImport(stage, viewModel, kind), format -> chooseExport(stage, viewModel, format));
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        // never larger than the screen: 1366×768 laptops are common
        Scene scene = new Scene(view, Math.min(1280, screen.getWidth() * 0.95), Math.min(820, screen.getHeight() * 0.92));
        WindowSettings.load(boundsFile, Screen.getScreens().stream().map(Screen::getVisualBounds).toList()).ifPresent(b -> {
            stage.setX(b.getMinX());
            stage.setY(b.getMinY());
            stage.setWidth(b.getWidth());
            stage.setHeight(b.getHeight());
        });
        scene.getStylesheets().add(Objects.requireNonNull(UpliftWindow.class.getResource("uplift.css")).toExternalForm());
        String dark = Objects.requireNonNull(UpliftWindow.class.getResource("uplift-dark.css")).toExternalForm();
        if (WindowSettings.darkTheme(boundsFile)) {
            scene.getStylesheets().add(dark);
        }
        // an added handler, not setOnHidden: the launcher's own on-hidden handler must keep working
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDING, e -> WindowSettings.save(boundsFile,
                new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()),
                scene.getStylesheets().contains(dark)));
        // Ctrl+Shift+D switches between the light and the dark theme; the choice is remembered with the window
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), () -> {
            if (!scene.getStylesheets().remove(dark)) {
                scene.getStylesheets().add(dark);
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                () -> chooseFolder(stage, viewModel));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), viewModel::assess);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), stage::close);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), viewModel::cancel);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN),
                () -> view.showView(0));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN),
                () -> view.showView(1));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN),
                () -> view.showView(2));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT4, KeyCombination.SHORTCUT_DOWN),
                () -> view.showView(3));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT5, KeyCombination.SHORTCUT_DOWN),
                () -> view.showView(4));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT6, KeyCombination.SHORTCUT_DOWN),
                () -> view.showView(5));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT7, KeyCombination.SHORTCUT_DOWN),
                () -> view.showView(6));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT8, KeyCombination.SHORTCUT_DOWN),
                () -> view.showView(7));
        scene.setOnDragOver(e -> {
            if (firstFolder(e.getDragboard().getFiles()) != null) {
                e.acceptTransferModes(TransferMode.LINK, TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            File folder = firstFolder(e.getDragboard().getFiles());
            if (folder != null) {
                viewModel.open(folder.toPath());
            }
            e.setDropCompleted(folder != null);
            e.consume();
        });
        viewModel.errorProperty().addListener((obs, old, error) -> {
            if (error != null) {
                showError(stage, error);
                viewModel.errorProperty().set(null);
            }
        });
        stage.titleProperty().bind(viewModel.repositoryProperty().map(p -> "Uplift — "
                + (p.getFileName() == null ? p.toString() : p.getFileName().toString())).orElse("Uplift"));
        stage.setMinWidth(Math.min(1024, screen.getWidth()));
        stage.setMinHeight(Math.min(640, screen.getHeight()));
        stage.setScene(scene);
        return view;
    }

    private static File firstFolder(List<File> files) {
        return files == null ? null : files.stream().filter(File::isDirectory).findFirst().orElse(null);
    }

    private static void chooseFolder(Stage stage, MainViewModel viewModel) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a repository");
        Path current = viewModel.repositoryProperty().get();
        if (current != null && current.getParent() != null && current.getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(current.getParent().toFile());
        }
        File chosen = chooser.showDialog(stage);
        if (chosen != null) {
            viewModel.open(chosen.toPath());
        }
    }

    private static void chooseImport(Stage stage, MainViewModel viewModel, MainView.ImportKind kind) {
        File chosen;
        if (kind == MainView.ImportKind.WORKSPACE) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Import a workspace exported on another workstation");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Uplift workspace (*.json)", "*.json"));
            chosen = chooser.showOpenDialog(stage);
            if (chosen != null) {
                viewModel.importWorkspace(chosen.toPath());
            }
            return;
        }
        if (kind == MainView.ImportKind.ADVISORY_FOLDER) {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Import OSV advisories from a folder");
            chosen = chooser.showDialog(stage);
        } else {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Import OSV advisories from a zip (e.g. an ecosystem's all.zip)");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("OSV export (*.zip)", "*.zip"));
            chosen = chooser.showOpenDialog(stage);
        }
        if (chosen != null) {
            viewModel.importAdvisories(chosen.toPath());
        }
    }

    private static void chooseExport(Stage stage, MainViewModel viewModel, Exports.Format format) {
        Path repository = viewModel.repositoryProperty().get();
        if (repository == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + format.title().replace("…", "").toLowerCase(java.util.Locale.ROOT));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.extension().toUpperCase(
                java.util.Locale.ROOT) + " (*." + format.extension() + ")", "*." + format.extension()));
        String name = repository.getFileName() == null ? "repository" : repository.getFileName().toString();
        chooser.setInitialFileName(format.suggestedName(name));
        File chosen = chooser.showSaveDialog(stage);
        if (chosen != null) {
            viewModel.export(format, chosen.toPath());
        }
    }

    private static void showError(Stage owner, UserError error) {
        Alert alert = new Alert(Alert.AlertType.ERROR, error.message() + "\n\nThe log has the details under run "
                + error.runId() + ".", ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle("Uplift");
        alert.setHeaderText(error.title());
        alert.getDialogPane().setMinWidth(520);
        alert.show();
    }
}
