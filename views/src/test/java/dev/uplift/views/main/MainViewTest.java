package dev.uplift.views.main;

import dev.uplift.model.Assessment;
import dev.uplift.model.service.Cancellation;
import dev.uplift.model.service.CancelledException;
import dev.uplift.model.service.ProgressListener;
import dev.uplift.views.UpliftWindow;
import dev.uplift.views.common.FxTaskExecutor;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The window during a long assessment: progress, the current file, and a Cancel that works. */
@ExtendWith(ApplicationExtension.class)
class MainViewTest {
    /** Reports progress file after file until it is cancelled. */
    static final class EndlessService extends dev.uplift.views.StubAssessmentService {
        @Override
        public Assessment assess(Path repository, ProgressListener progress, Cancellation cancellation) {
            for (int i = 0; ; i++) {
                if (cancellation.isCancelled()) {
                    throw new CancelledException();
                }
                progress.progress(i % 100, 100, "src/File" + i + ".java");
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    throw new CancelledException();
                }
            }
        }
    }

    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private MainViewModel viewModel;

    @Start
    void start(Stage stage) {
        viewModel = new MainViewModel(new dev.uplift.model.service.Services(new EndlessService(), new dev.uplift.views.NoPlans(), r -> java.util.List.of(), s -> new dev.uplift.model.service.AdvisoryImport.Summary(1, 2, 0)), tasks, "run-x");
        UpliftWindow.install(stage, viewModel);
        stage.show();
        viewModel.open(Path.of(System.getProperty("java.io.tmpdir")));
    }

    @AfterEach
    void stop() {
        tasks.close();
    }

    @Test
    void showsProgressWhileAssessingAndCancelStopsIt(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> viewModel.progressProperty().get() > 0);
        ProgressBar bar = robot.lookup(".status-bar .progress-bar").queryAs(ProgressBar.class);
        assertThat(bar.getParent().isVisible()).as("progress group shown").isTrue();
        assertThat(viewModel.progressTextProperty().get()).startsWith("src/File");
        Button cancel = robot.lookup(".status-bar .button").queryButton();
        assertThat(cancel.getText()).isEqualTo("Cancel");

        robot.clickOn(cancel);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !viewModel.busyProperty().get());
        assertThat(viewModel.statusProperty().get()).startsWith("Cancelled");
        assertThat(viewModel.errorProperty().get()).isNull();
        assertThat(bar.getParent().isVisible()).as("progress group hidden").isFalse();
    }

    @Test
    void escapeCancelsToo(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> viewModel.busyProperty().get());
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !viewModel.busyProperty().get());
        assertThat(viewModel.statusProperty().get()).startsWith("Cancelled");
    }
}
