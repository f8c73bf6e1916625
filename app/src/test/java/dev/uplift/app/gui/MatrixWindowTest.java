package dev.uplift.app.gui;

import dev.uplift.app.AppContext;
import dev.uplift.app.TestRepositories;
import dev.uplift.model.ComponentAssessment;
import dev.uplift.model.Tier;
import dev.uplift.views.main.MainViewModel;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The priority matrix in the real window: open a component from it, and drag one to another tier. */
@ExtendWith(ApplicationExtension.class)
class MatrixWindowTest {
    private SampleWindow window;
    private AppContext context;
    private MainViewModel viewModel;
    private final List<String> asked = new ArrayList<>();

    @Start
    void start(Stage stage) throws IOException {
        window = new SampleWindow(stage, c -> { });
        context = window.context;
        viewModel = window.viewModel;
        window.view.matrixView().setReasonPrompt((name, tier) -> {
            asked.add(name + " -> " + tier);
            return Optional.of("forecasts drive purchasing");
        });
    }

    @AfterEach
    void tearDown() throws IOException {
        window.close();
    }

    private void waitUntilIdle() throws Exception {
        window.waitUntilIdle();
    }

    @Test
    void clickingABubbleOpensItsComponent(FxRobot robot) throws Exception {
        waitUntilIdle();
        robot.clickOn("Priority matrix");
        robot.clickOn("#bubble-worker");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<ComponentAssessment> table = robot.lookup("#components-table").queryTableView();
        assertThat(table.getSelectionModel().getSelectedItem().component().id()).isEqualTo("worker");
    }

    @Test
    void draggingABubbleIntoAnotherTierAsksWhyAndMovesIt(FxRobot robot) throws Exception {
        waitUntilIdle();
        robot.clickOn("Priority matrix");
        ListView<?> critical = robot.lookup("#board-P1").queryListView();
        assertThat(critical.getItems()).hasSize(4);

        Node analytics = robot.lookup("#bubble-analytics").query();
        Node p1 = robot.lookup("#board-P1").query(); // the P1 band is level with the board's first list
        Bounds band = p1.localToScreen(p1.getBoundsInLocal());
        robot.drag(analytics, MouseButton.PRIMARY).moveTo(analytics).moveBy(0, -20)
                .moveTo(robot.point(analytics).getPosition().getX(), band.getMinY() + 30).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !viewModel.busyProperty().get()
                && critical.getItems().size() == 4);
        waitUntilIdle();

        assertThat(asked).containsExactly("analytics -> P1");
        assertThat(critical.getItems()).hasSize(5);
        ComponentAssessment stored = context.assessmentService().latest(TestRepositories.SAMPLE).orElseThrow()
                .components().stream().filter(c -> c.component().id().equals("analytics")).findFirst().orElseThrow();
        assertThat(stored.component().tier()).isEqualTo(Tier.P1);
        assertThat(stored.component().tierReason()).isEqualTo("set by hand: forecasts drive purchasing");
        assertThat(viewModel.statusProperty().get()).startsWith("Moved analytics to P1");
    }
}
