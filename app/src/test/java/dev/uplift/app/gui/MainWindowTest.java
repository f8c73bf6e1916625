package dev.uplift.app.gui;

import dev.uplift.app.AppContext;
import dev.uplift.app.TestRepositories;
import dev.uplift.model.ComponentAssessment;
import dev.uplift.views.main.MainViewModel;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Opens the bundled sample in the real window (headless, Monocle) and reads the components table. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private SampleWindow window;
    private AppContext context;
    private MainViewModel viewModel;
    private dev.uplift.views.main.MainView view;

    @Start
    void start(Stage stage) throws IOException {
        window = new SampleWindow(stage, c -> { });
        context = window.context;
        viewModel = window.viewModel;
        view = window.view;
    }

    @AfterEach
    void tearDown() throws IOException {
        window.close();
    }

    private void waitForAssessment() throws Exception {
        window.waitUntilIdle();
    }

    @Test
    void opensTheSampleAndShowsItsComponents(FxRobot robot) throws Exception {
        waitForAssessment();
        assertThat(robot.lookup(".page-title").queryLabeled().getText()).isEqualTo("sample-order-platform");
        robot.clickOn("Components");
        TableView<ComponentAssessment> table = robot.lookup("#components-table").queryTableView();
        assertThat(table.getItems()).hasSize(9);
        assertThat(table.getItems()).extracting(c -> c.component().name()).contains("order-gateway", "order-worker",
                "order-dashboard");
        TableView<?> findings = robot.lookup("#findings-table").queryTableView();
        assertThat(findings.getItems()).isNotEmpty();
    }

    @Test
    void theFindingsExplorerFiltersAsYouTypeAndShowsTheSource(FxRobot robot) throws Exception {
        waitForAssessment();
        robot.clickOn("Findings");
        TableView<?> all = robot.lookup("#all-findings-table").queryTableView();
        int total = all.getItems().size();
        assertThat(total).isGreaterThan(20);
        robot.clickOn("#findings-search").write("SQL");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(all.getItems().size()).isBetween(1, total - 1);
        robot.interact(() -> all.getSelectionModel().select(0));
        // the source is read in the background, then shown
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".source-highlight").tryQuery().isPresent());
        assertThat(robot.lookup(".source-highlight").tryQuery()).isPresent();
    }

    @Test
    void exemptingAFindingAsksWhyAndTheNextAssessmentShowsItAccepted(FxRobot robot) throws Exception {
        waitForAssessment();
        java.util.List<String> asked = new java.util.ArrayList<>();
        view.setExemptionPrompt(row -> {
            asked.add(row.finding().ruleId());
            return java.util.Optional.of("a demo fixture, never deployed");
        });
        String before = viewModel.assessmentProperty().get().id();
        robot.clickOn("Findings");
        robot.clickOn("#findings-search").write("SEC-PY-SQL-INJECTION");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> all = robot.lookup("#all-findings-table").queryTableView();
        assertThat(all.getItems()).hasSize(1);
        // Monocle does not turn a right click into a context-menu request, so the row's menu item is fired
        javafx.scene.control.TableRow<?> row = robot.lookup("#all-findings-table .table-row-cell").nth(0)
                .queryAs(javafx.scene.control.TableRow.class);
        javafx.scene.control.MenuItem exempt = row.getContextMenu().getItems().get(0);
        assertThat(exempt.getText()).isEqualTo("Exempt this finding…");
        robot.interact(exempt::fire);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !viewModel.assessmentProperty().get().id().equals(before)
                && !viewModel.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(asked).containsExactly("SEC-PY-SQL-INJECTION");
        dev.uplift.model.Finding accepted = viewModel.assessmentProperty().get().components().stream()
                .flatMap(c -> c.findings().stream()).filter(f -> f.ruleId().equals("SEC-PY-SQL-INJECTION")).findFirst()
                .orElseThrow();
        assertThat(accepted.exemption()).isEqualTo("a demo fixture, never deployed");
        assertThat(context.assessmentService().standard().exemptions()).hasSize(1);
    }

    @Test
    void aStandardEditedInTheEditorIsStoredMadeActiveAndAssessedAgainst(FxRobot robot) throws Exception {
        waitForAssessment();
        String before = viewModel.assessmentProperty().get().id();
        robot.clickOn("Standard");
        WaitForAsyncUtils.waitForFxEvents();
        robot.doubleClickOn("#standard-name").eraseText(12).write("strict");
        javafx.scene.control.Spinner<?> security = robot.lookup("#threshold-security").queryAs(javafx.scene.control.Spinner.class);
        robot.interact(() -> {
            security.getEditor().setText("9.5");
            security.commitValue();
        });
        robot.clickOn("#standard-save");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !viewModel.assessmentProperty().get().id().equals(before)
                && !viewModel.busyProperty().get());

        assertThat(context.assessmentService().standard().name()).isEqualTo("strict");
        assertThat(context.assessmentService().standard().thresholds().security()).isEqualTo(9.5);
        assertThat(viewModel.assessmentProperty().get().standard()).isEqualTo("strict");
        assertThat(viewModel.standard().thresholds().security()).isEqualTo(9.5);
    }

    @Test
    void evidenceRecordedOnAChecklistItemShowsAfterTheNextAssessment(FxRobot robot) throws Exception {
        waitForAssessment();
        view.setEvidencePrompt(item -> java.util.Optional.of("rollback rehearsed 2026-11-20, runbook#rollback"));
        String before = viewModel.assessmentProperty().get().id();
        javafx.scene.control.Label rollback = robot.lookup(".label").queryAllAs(javafx.scene.control.Label.class)
                .stream().filter(l -> l.getText() != null && l.getText().startsWith("code cannot show it: record the "
                        + "rollback procedure")).findFirst().orElseThrow();
        // Monocle does not turn a right click into a context-menu request: the menu item is fired
        robot.interact(() -> rollback.getContextMenu().getItems().get(0).fire());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !viewModel.assessmentProperty().get().id().equals(before)
                && !viewModel.busyProperty().get());
        assertThat(viewModel.assessmentProperty().get().checklist().stream()
                .filter(c -> c.id().equals("rollback")).findFirst().orElseThrow().manualEvidence())
                .isEqualTo("rollback rehearsed 2026-11-20, runbook#rollback");
    }

    @Test
    void theExportMenuOffersEveryFormatOnceAnAssessmentIsShown(FxRobot robot) throws Exception {
        waitForAssessment();
        javafx.scene.control.MenuButton export = robot.lookup(".menu-button").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.MenuButton m && m.getText().equals("Export"))
                .map(n -> (javafx.scene.control.MenuButton) n).findFirst().orElseThrow();
        assertThat(export.isDisabled()).isFalse();
        assertThat(export.getItems()).extracting(javafx.scene.control.MenuItem::getText)
                .containsExactly("Report as PDF…", "Workspace as JSON (for another workstation)…", "Findings as SARIF 2.1.0…", "Findings as CSV…", "Plan as CSV…",
                        "Plan as Microsoft Project XML…");
    }

    @Test
    void selectingAComponentShowsItsFindings(FxRobot robot) throws Exception {
        waitForAssessment();
        robot.clickOn("Components");
        robot.clickOn("order-persistence");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> findings = robot.lookup("#findings-table").queryTableView();
        assertThat(findings.getItems()).extracting(Object::toString).anyMatch(s -> s.contains("ERR-EMPTY-CATCH"));
    }

    @Test
    void theFirstAssessmentComesWithAPlan(FxRobot robot) throws Exception {
        waitForAssessment();
        robot.clickOn("Plan");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> viewModel.plan().planProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> steps = robot.lookup("#plan-table").queryTableView();
        assertThat(steps.getItems()).hasSizeGreaterThan(10);
        assertThat(steps.isVisible()).isTrue();
        assertThat(viewModel.plan().summaryProperty().get()).contains("ready by");
    }

    @Test
    void reopeningShowsTheStoredAssessmentWithoutAssessingAgain(FxRobot robot) throws Exception {
        waitForAssessment();
        String first = viewModel.assessmentProperty().get().id();
        robot.interact(() -> viewModel.open(TestRepositories.SAMPLE));
        waitForAssessment();
        assertThat(viewModel.assessmentProperty().get().id()).isEqualTo(first);
        assertThat(viewModel.statusProperty().get()).contains("Re-assess");
    }
}
