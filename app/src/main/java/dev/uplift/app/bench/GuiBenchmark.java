package dev.uplift.app.bench;

import dev.uplift.app.AppContext;
import dev.uplift.app.UpliftHome;
import dev.uplift.views.UpliftWindow;
import dev.uplift.views.common.FxTaskExecutor;
import dev.uplift.views.main.MainViewModel;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The GUI targets of docs/benchmarks.md, in the real window: how long the JavaFX thread is ever kept
 * from its other work while an assessment runs (a probe posts to it every 10 ms and records how late
 * each runs), and how long opening a stored assessment of many findings takes until the window shows
 * it. The repository is generated (files of {@code print} calls, one finding each) in a temporary
 * folder, with a database of its own: the user's database is not touched.
 */
public final class GuiBenchmark {
    /**
     * Milliseconds: the first assessment in a new window and the worst probe delay meanwhile (start-up
     * included: the first use of each view loads its classes), the time to show the stored assessment in
     * a new window, and a re-assessment in that window with its worst probe delay (the steady state).
     */
    public record Result(int findings, long assessMillis, long worstStallMillis, long openMillis,
                         long reassessMillis, long reassessWorstStallMillis) {
    }

    private enum Mode { ASSESS_NEW, OPEN_STORED, REASSESS }

    private static final int FILES = 500;

    private GuiBenchmark() {
    }

    public static Result run(int findings) throws Exception {
        Path work = Files.createTempDirectory("uplift-gui-bench");
        try {
            Path repo = work.resolve("many-findings");
            writeRepository(repo, findings);
            Path home = work.resolve("home");
            Platform.startup(() -> {
            });
            Platform.setImplicitExit(false);
            long[] assess = inWindow(home, repo, Mode.ASSESS_NEW);
            long[] open = inWindow(home, repo, Mode.OPEN_STORED);
            long[] reassess = inWindow(home, repo, Mode.REASSESS);
            return new Result((int) open[2], assess[0], assess[1], open[0], reassess[0], reassess[1]);
        } finally {
            Platform.exit();
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * Opens the repository in a new window, once the window has shown itself: {elapsed ms, worst stall
     * ms, findings shown}. With {@code probe}, the stall is measured from the open (which assesses, the
     * repository being new) until the result has been shown.
     */
    private static long[] inWindow(Path home, Path repo, Mode mode) throws Exception {
        AtomicLong worst = new AtomicLong();
        ScheduledExecutorService prober = Executors.newSingleThreadScheduledExecutor();
        CountDownLatch ready = new CountDownLatch(1);
        CountDownLatch shown = new CountDownLatch(mode == Mode.REASSESS ? 2 : 1);
        CountDownLatch first = new CountDownLatch(1);
        long[] findings = {0};
        Stage[] stage = {null};
        MainViewModel[] model = {null};
        FxTaskExecutor tasks = new FxTaskExecutor();
        try (AppContext context = new AppContext(new UpliftHome(home), "gui-bench", repo)) {
            var services = context.services();
            Platform.runLater(() -> {
                stage[0] = new Stage();
                model[0] = new MainViewModel(services, tasks, "gui-bench");
                UpliftWindow.install(stage[0], model[0]);
                stage[0].show();
                model[0].assessmentProperty().addListener(obs -> { // invalidation: a change listener costs a deep equals
                    var a = model[0].assessmentProperty().get();
                    if (a != null) {
                        findings[0] = a.findingCount();
                        Platform.runLater(() -> { // after the views have taken the new assessment
                            first.countDown();
                            shown.countDown();
                        });
                    }
                });
                Platform.runLater(ready::countDown);
            });
            ready.await(1, TimeUnit.MINUTES);
            Thread.sleep(1000); // the first layout and paint of a new window are start-up, not this measurement
            if (mode == Mode.REASSESS) { // show the stored assessment first; measure the re-assessment only
                Platform.runLater(() -> model[0].open(repo));
                first.await(10, TimeUnit.MINUTES);
                Thread.sleep(1000);
            }
            if (mode != Mode.OPEN_STORED) {
                prober.scheduleAtFixedRate(() -> {
                    long posted = System.nanoTime();
                    Platform.runLater(() -> worst.accumulateAndGet((System.nanoTime() - posted) / 1_000_000, Math::max));
                }, 0, 10, TimeUnit.MILLISECONDS);
            }
            long start = System.nanoTime();
            Platform.runLater(() -> {
                if (mode == Mode.REASSESS) {
                    model[0].assess();
                } else {
                    model[0].open(repo);
                }
            });
            if (!shown.await(10, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the window did not show the assessment within 10 minutes");
            }
            long elapsed = (System.nanoTime() - start) / 1_000_000;
            Thread.sleep(100); // let the last probes report
            prober.shutdownNow();
            CountDownLatch closed = new CountDownLatch(1);
            Platform.runLater(() -> {
                stage[0].close();
                closed.countDown();
            });
            closed.await(1, TimeUnit.MINUTES);
            return new long[] {elapsed, worst.get(), findings[0]};
        } finally {
            prober.shutdownNow();
            tasks.close();
        }
    }

    /** {@code findings} print calls in {@value #FILES} Python files of a package: one finding each. */
    private static void writeRepository(Path repo, int findings) throws IOException {
        Path pkg = repo.resolve("service");
        Files.createDirectories(pkg);
        Files.writeString(pkg.resolve("__init__.py"), "");
        int perFile = Math.max(1, findings / FILES);
        for (int f = 0; f < FILES; f++) {
            StringBuilder text = new StringBuilder("def handler_" + f + "(order):\n");
            for (int i = 0; i < perFile; i++) {
                text.append("    print(\"step ").append(i).append("\", order)\n");
            }
            Files.writeString(pkg.resolve("module_" + f + ".py"), text);
        }
    }

    public static void report(Result r, PrintWriter out) {
        out.printf(Locale.ROOT, "findings:                         %,d%n", r.findings());
        out.printf(Locale.ROOT, "assessment in the window:         %,d ms%n", r.assessMillis());
        out.printf(Locale.ROOT, "worst JavaFX-thread stall meanwhile: %,d ms (target: at most 50)%n", r.worstStallMillis());
        out.printf(Locale.ROOT, "open the stored assessment:       %,d ms (target: under 2,000)%n", r.openMillis());
        out.printf(Locale.ROOT, "re-assessment in that window:     %,d ms%n", r.reassessMillis());
        out.printf(Locale.ROOT, "worst JavaFX-thread stall meanwhile: %,d ms (target: at most 50)%n",
                r.reassessWorstStallMillis());
        out.flush();
    }
}
