package dev.uplift.app.gui;

import dev.uplift.app.AppContext;
import dev.uplift.app.TestRepositories;
import dev.uplift.app.UpliftHome;
import dev.uplift.model.plan.Team;
import dev.uplift.model.plan.UpgradePlan;
import dev.uplift.model.plan.UpgradeStep;
import dev.uplift.views.UpliftWindow;
import dev.uplift.views.common.FxTaskExecutor;
import dev.uplift.views.main.MainView;
import dev.uplift.views.main.MainViewModel;
import javafx.geometry.Point2D;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The phase timeline in the real window: zoom, and drag a step to pin it. */
@ExtendWith(ApplicationExtension.class)
class TimelineWindowTest {
    private Path home;
    private AppContext context;
    private FxTaskExecutor tasks;
    private MainViewModel viewModel;
    private MainView view;
    private UpgradePlan planned;

    @Start
    void start(Stage stage) throws IOException {
        home = Files.createTempDirectory("uplift-timeline-test");
        context = new AppContext(new UpliftHome(home), "timeline-test", TestRepositories.SAMPLE);
        planned = context.planService().plan(TestRepositories.SAMPLE, Team.defaults(), LocalDate.of(2026, 12, 1));
        tasks = new FxTaskExecutor();
        viewModel = new MainViewModel(context.services(), tasks, "timeline-test");
        view = UpliftWindow.install(stage, viewModel);
        stage.show();
        viewModel.open(TestRepositories.SAMPLE);
    }

    @AfterEach
    void tearDown() throws IOException {
        tasks.close();
        context.close();
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private void waitForPlan() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> viewModel.plan().planProperty().get() != null
                && !viewModel.plan().busyProperty().get() && !viewModel.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theTrendsViewChartsTheHistory(FxRobot robot) throws Exception {
        waitForPlan();
        robot.clickOn("Trends");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !viewModel.trends().points().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(n -> n instanceof org.jfree.chart.fx.ChartViewer).queryAll()).hasSize(3);
        assertThat(viewModel.trends().summary()).startsWith("One assessment so far");
    }

    @Test
    void theZoomButtonsChangeTheScale(FxRobot robot) throws Exception {
        waitForPlan();
        robot.clickOn("Timeline");
        robot.clickOn("#zoom-month");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#zoom-month").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#zoom-day").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isFalse();
    }

    @Test
    void draggingAStepPinsItAndThePlanRelevels(FxRobot robot) throws Exception {
        waitForPlan();
        robot.clickOn("Timeline");
        robot.clickOn("#zoom-day"); // 30 pixels a working day
        WaitForAsyncUtils.waitForFxEvents();
        UpgradeStep step = planned.steps().stream().filter(UpgradeStep::isOpen)
                .min(Comparator.comparingInt(UpgradeStep::startDay)).orElseThrow();
        Point2D bar = view.timelineView().barOnScreen(step.id());
        assertThat(bar).isNotNull();
        robot.drag(bar, MouseButton.PRIMARY).moveBy(45, 0).moveBy(45, 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> viewModel.plan().planProperty().get() != null
                && !viewModel.plan().planProperty().get().id().equals(planned.id()) && !viewModel.plan().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        UpgradePlan relevelled = context.planService().latestPlan(TestRepositories.SAMPLE).orElseThrow();
        UpgradeStep moved = relevelled.steps().stream().filter(s -> s.id().equals(step.id())).findFirst().orElseThrow();
        assertThat(moved.startDay()).isGreaterThanOrEqualTo(step.startDay() + 3);
        assertThat(viewModel.plan().planProperty().get().id()).isEqualTo(relevelled.id());
    }
}
