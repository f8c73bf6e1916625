package dev.uplift.app.gui;

import dev.uplift.app.AppContext;
import dev.uplift.views.UpliftWindow;
import dev.uplift.views.common.FxTaskExecutor;
import dev.uplift.views.main.MainViewModel;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts JavaFX without an {@code Application} subclass, so the object graph is handed over by
 * constructor rather than through a static field, and blocks until the window closes.
 */
public final class GuiLauncher {
    /**
     * JavaFX warns on every start that it was loaded from the class path, which is how the launcher runs
     * it on purpose (docs/decisions). Held in a field: java.util.logging keeps loggers only weakly.
     */
    private static final Logger JAVAFX_PLATFORM_LOG = Logger.getLogger("javafx");
    private GuiLauncher() {
    }

    public static void runUntilClosed(AppContext context, Path repository) throws InterruptedException {
        // open the database first: a second instance is told so on the console, before any window appears
        var services = context.services();
        CountDownLatch closed = new CountDownLatch(1);
        FxTaskExecutor tasks = new FxTaskExecutor();
        JAVAFX_PLATFORM_LOG.setLevel(Level.SEVERE);
        Platform.setImplicitExit(true);
        try {
            Platform.startup(() -> {
                Stage stage = new Stage();
                MainViewModel viewModel = new MainViewModel(services, tasks, context.runId());
                UpliftWindow.install(stage, viewModel, context.home().path().resolve("window.properties"));
                stage.setOnHidden(e -> closed.countDown());
                stage.show();
                viewModel.refreshRecent();
                viewModel.open(repository);
                context.databaseRecovery().ifPresent(r -> viewModel.errorProperty().set(
                        new dev.uplift.views.main.UserError("The database was set aside", r, context.runId())));
            });
        } catch (RuntimeException e) { // typically "Unable to open DISPLAY"
            tasks.close();
            throw new NoDisplayException("cannot open a window (" + e.getMessage() + "); without a display, "
                    + "use 'uplift assess DIR'", e);
        }
        closed.await();
        tasks.close();
        Platform.exit();
    }
}
