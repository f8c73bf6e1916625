package dev.uplift.app.gui;

import dev.uplift.app.AppContext;
import dev.uplift.views.UpliftWindow;
import dev.uplift.views.common.FxTaskExecutor;
import dev.uplift.views.main.MainView;
import dev.uplift.views.main.MainViewModel;
import javafx.application.Platform;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Renders the main views of a repository's stored assessment to PNG files, without a display: JavaFX
 * runs on Monocle's headless platform with software rendering, in a window of {@value #WIDTH}×{@value
 * #HEIGHT}. For regenerating screenshots and for reviews on machines without a desktop.
 */
public final class Snapshots {
    public static final int WIDTH = 1600;
    public static final int HEIGHT = 1000;
    /** File name per view, in the order of the navigation rail. */
    public static final List<String> VIEWS = List.of("overview", "components", "plan", "findings", "matrix", "timeline", "trends", "standard");

    private Snapshots() {
    }

    /**
     * Selects the headless platform. Only takes effect before JavaFX starts in this process, so the
     * command calls it first; a process that already runs JavaFX (the tests) renders where it runs.
     */
    public static void useHeadlessPlatform() {
        setIfAbsent("glass.platform", "Monocle");
        setIfAbsent("monocle.platform", "Headless");
        setIfAbsent("headless.geometry", WIDTH + "x" + HEIGHT + "-32");
        setIfAbsent("prism.order", "sw");
        setIfAbsent("prism.text", "t2k");
        setIfAbsent("java.awt.headless", "true");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /** Writes one PNG per view into {@code folder}; returns the files written. */
    public static List<Path> render(AppContext context, Path repository, Path folder) throws Exception {
        Files.createDirectories(folder);
        startToolkit();
        var services = context.services();
        FxTaskExecutor tasks = new FxTaskExecutor();
        List<Path> written = new ArrayList<>();
        try {
            CountDownLatch shown = new CountDownLatch(1);
            CompletableFuture<Object[]> window = new CompletableFuture<>();
            Platform.runLater(() -> {
                Stage stage = new Stage();
                MainViewModel model = new MainViewModel(services, tasks, context.runId());
                MainView view = UpliftWindow.install(stage, model);
                stage.setWidth(WIDTH);
                stage.setHeight(HEIGHT);
                stage.show();
                model.assessmentProperty().addListener(obs -> {
                    if (model.assessmentProperty().get() != null) {
                        Platform.runLater(shown::countDown);
                    }
                });
                model.open(repository);
                window.complete(new Object[] {stage, view});
            });
            Object[] opened = window.get(1, TimeUnit.MINUTES);
            if (!shown.await(2, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the stored assessment was not shown within two minutes");
            }
            Stage stage = (Stage) opened[0];
            MainView view = (MainView) opened[1];
            for (int i = 0; i < VIEWS.size(); i++) {
                int index = i;
                CompletableFuture<Void> switched = new CompletableFuture<>();
                Platform.runLater(() -> {
                    view.showView(index);
                    switched.complete(null);
                });
                switched.get(1, TimeUnit.MINUTES);
                Thread.sleep(1500); // the plan loads in the background; then a pulse lays out and paints
                CompletableFuture<WritableImage> image = new CompletableFuture<>();
                Platform.runLater(() -> image.complete(stage.getScene().snapshot(null)));
                Path file = folder.resolve(VIEWS.get(i) + ".png");
                writePng(image.get(1, TimeUnit.MINUTES), file);
                written.add(file);
            }
            CompletableFuture<Void> closed = new CompletableFuture<>();
            Platform.runLater(() -> {
                stage.close();
                closed.complete(null);
            });
            closed.get(1, TimeUnit.MINUTES);
            return written;
        } finally {
            tasks.close();
        }
    }

    /** Starts JavaFX once in this process (or finds it running), without exiting when the last window closes. */
    public static void startToolkit() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        Platform.setImplicitExit(false);
        started.await(1, TimeUnit.MINUTES);
    }

    private static void writePng(WritableImage image, Path file) throws IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage png = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        png.setRGB(0, 0, w, h, argb, 0, w);
        if (!ImageIO.write(png, "png", file.toFile())) {
            throw new IOException("no PNG writer in this Java runtime");
        }
    }
}
