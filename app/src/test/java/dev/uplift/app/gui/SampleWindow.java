package dev.uplift.app.gui;

import dev.uplift.app.AppContext;
import dev.uplift.app.TestRepositories;
import dev.uplift.app.UpliftHome;
import dev.uplift.views.UpliftWindow;
import dev.uplift.views.common.FxTaskExecutor;
import dev.uplift.views.main.MainView;
import dev.uplift.views.main.MainViewModel;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The real Uplift window on the bundled sample, with a database of its own, for the window tests:
 * made in a test's {@code @Start}, closed after it.
 */
final class SampleWindow implements AutoCloseable {
    final AppContext context;
    final MainViewModel viewModel;
    final MainView view;
    private final Path home;
    private final FxTaskExecutor tasks = new FxTaskExecutor();

    /** @param beforeOpening runs on the fresh database before the window opens the sample (e.g. to plan) */
    SampleWindow(Stage stage, Consumer<AppContext> beforeOpening) throws IOException {
        home = Files.createTempDirectory("uplift-window-test");
        context = new AppContext(new UpliftHome(home), "window-test", TestRepositories.SAMPLE);
        beforeOpening.accept(context);
        viewModel = new MainViewModel(context.services(), tasks, "window-test");
        view = UpliftWindow.install(stage, viewModel);
        stage.show();
        viewModel.open(TestRepositories.SAMPLE);
    }

    /** Waits until an assessment is shown and nothing runs in the window. */
    void waitUntilIdle() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> viewModel.assessmentProperty().get() != null && !viewModel.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public void close() throws IOException {
        tasks.close();
        context.close();
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
