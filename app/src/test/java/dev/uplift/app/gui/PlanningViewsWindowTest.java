package dev.uplift.app.gui;

import dev.uplift.app.AppContext;
import dev.uplift.app.TestRepositories;
import dev.uplift.model.plan.Team;
import dev.uplift.model.plan.UpgradePlan;
import dev.uplift.model.plan.UpgradeStep;
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
import java.time.LocalDate;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan, timeline and trends views in the real window: edit a step, zoom, drag a step to pin it, chart the history. */
@ExtendWith(ApplicationExtension.class)
class PlanningViewsWindowTest {
    private SampleWindow window;
    private AppContext context;
    private MainViewModel viewModel;
    private MainView view;
    private UpgradePlan planned;

    @Start
    void start(Stage stage) throws IOException {
        window = new SampleWindow(stage, c -> planned = c.planService().plan(TestRepositories.SAMPLE, Team.defaults(),
                LocalDate.of(2026, 12, 1)));
        context = window.context;
        viewModel = window.viewModel;
        view = window.view;
    }

    @AfterEach
    void tearDown() throws IOException {
        window.close();
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
    void aNewEstimateAndALeftOutStepAreKeptAndThePlanIsMadeAgain(FxRobot robot) throws Exception {
        waitForPlan();
        robot.clickOn("Plan");
        UpgradeStep step = planned.steps().stream().filter(UpgradeStep::isOpen)
                .max(Comparator.comparingDouble(UpgradeStep::effortHours)).orElseThrow();
        view.planView().setEstimatePrompt(s -> java.util.Optional.of(1.5));
        // Monocle does not turn a right click into a context-menu request: the row's menu items are fired
        robot.interact(() -> rowOf(robot, step.id()).getContextMenu().getItems().get(0).fire());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> stepIn(step.id()).effortHours() == 1.5
                && !viewModel.plan().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> rowOf(robot, step.id()).getContextMenu().getItems().get(1).fire());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> stepIn(step.id()).status()
                == dev.uplift.model.plan.StepStatus.EXCLUDED && !viewModel.plan().busyProperty().get());

        UpgradeStep stored = context.planService().latestPlan(TestRepositories.SAMPLE).orElseThrow().steps().stream()
                .filter(s -> s.id().equals(step.id())).findFirst().orElseThrow();
        assertThat(stored.effortHours()).isEqualTo(1.5);
        assertThat(stored.status()).isEqualTo(dev.uplift.model.plan.StepStatus.EXCLUDED);
    }

    /** The table row that shows the step now (rows are reused as the plan changes), scrolled into view. */
    private javafx.scene.control.TableRow<?> rowOf(FxRobot robot, String stepId) {
        javafx.scene.control.TableView<UpgradeStep> table = view.planView().table();
        int index = 0;
        while (!table.getItems().get(index).id().equals(stepId)) {
            index++;
        }
        table.scrollTo(index);
        table.layout();
        UpgradeStep item = table.getItems().get(index);
        return robot.lookup("#plan-table .table-row-cell").queryAllAs(javafx.scene.control.TableRow.class).stream()
                .filter(r -> r.getItem() == item).findFirst().orElseThrow();
    }

    @Test
    void aStepGivenMorePeopleAndMadeToWaitIsPlannedSo(FxRobot robot) throws Exception {
        waitForPlan();
        robot.clickOn("Plan");
        UpgradeStep step = planned.steps().stream().filter(UpgradeStep::isOpen)
                .filter(s -> s.demand().containsKey("backend"))
                .max(Comparator.comparingDouble(UpgradeStep::effortHours)).orElseThrow();
        UpgradeStep last = planned.steps().stream().filter(UpgradeStep::isOpen)
                .filter(s -> !s.id().equals(step.id()) && !s.prerequisites().contains(step.id()))
                .filter(s -> s.demand().containsKey("frontend"))
                .max(Comparator.comparingInt(UpgradeStep::endDay)).orElseThrow();
        view.planView().setStepPrompts(s -> java.util.Optional.of(java.util.Map.of("backend", 2)),
                s -> java.util.Optional.of(last.id()));
        robot.interact(() -> rowOf(robot, step.id()).getContextMenu().getItems().get(2).fire());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> stepIn(step.id()).demand().equals(java.util.Map.of(
                "backend", 2)) && !viewModel.plan().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> rowOf(robot, step.id()).getContextMenu().getItems().get(3).fire());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> stepIn(step.id()).prerequisites().contains(last.id())
                && !viewModel.plan().busyProperty().get());
        assertThat(stepIn(step.id()).startDay()).isGreaterThanOrEqualTo(stepIn(last.id()).endDay());
    }

    private UpgradeStep stepIn(String id) {
        UpgradePlan shown = viewModel.plan().planProperty().get();
        return shown.steps().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theTeamEditorChangesWhoDoesThePlanAndTheTeamIsKept(FxRobot robot) throws Exception {
        waitForPlan();
        robot.clickOn("Plan");
        java.util.Map<String, Team.Skill> bigger = new java.util.LinkedHashMap<>();
        bigger.put("backend", new Team.Skill(4, 6));
        bigger.put("frontend", new Team.Skill(2, 5));
        bigger.put("qa", new Team.Skill(1, 6));
        view.planView().setTeamEditor(current -> java.util.Optional.of(new Team(bigger)));
        robot.clickOn("Team…");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> viewModel.plan().planProperty().get().capacity()
                .get("backend") == 4 && !viewModel.plan().busyProperty().get());
        assertThat(context.planService().team(TestRepositories.SAMPLE)).isEqualTo(new Team(bigger));
        assertThat(viewModel.plan().planProperty().get().makespanDays()).isLessThanOrEqualTo(planned.makespanDays());
    }

    @Test
    void aTimeBoxFitsThePlanIntoTheWeeksAndListsWhatIsDeferred(FxRobot robot) throws Exception {
        waitForPlan();
        robot.clickOn("Plan");
        robot.clickOn("#time-box");
        robot.clickOn("2 weeks");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> viewModel.plan().planProperty().get().timeBoxDays() != null
                && !viewModel.plan().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        UpgradePlan boxed = viewModel.plan().planProperty().get();
        assertThat(boxed.timeBoxDays()).isEqualTo(10);
        assertThat(boxed.makespanDays()).isLessThanOrEqualTo(10);
        assertThat(boxed.deferred()).isNotEmpty();
        javafx.scene.control.TableView<UpgradeStep> table = robot.lookup("#plan-table").queryTableView();
        assertThat(table.getItems()).hasSize(boxed.steps().size() + boxed.deferred().size());
        robot.interact(() -> table.scrollTo(table.getItems().size() - 1)); // deferred steps come last
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".table-row-cell.deferred-step").queryAll()).isNotEmpty();
        assertThat(context.planService().replan(TestRepositories.SAMPLE).timeBoxDays()).as("re-plans keep it")
                .isEqualTo(10);
    }

    @Test
    void theOverviewShowsTheProjectedReadyByDate(FxRobot robot) throws Exception {
        waitForPlan();
        robot.clickOn("Overview");
        WaitForAsyncUtils.waitForFxEvents();
        String date = viewModel.plan().planProperty().get().readyBy().toString();
        assertThat(robot.lookup(".tile-value-compact").queryLabeled().getText()).isEqualTo(date);
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
