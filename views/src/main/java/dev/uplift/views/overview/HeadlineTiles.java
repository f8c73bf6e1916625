package dev.uplift.views.overview;

import dev.uplift.model.Assessment;
import dev.uplift.model.Severity;
import dev.uplift.model.TrendPoint;
import dev.uplift.model.plan.UpgradePlan;
import dev.uplift.model.plan.UpgradeStep;
import dev.uplift.views.common.Format;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.shape.Polyline;

import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The overview's row of headline figures: readiness (with its line across assessments), the standard,
 * the projected ready-by date, components, findings, stub ratio and warnings.
 */
final class HeadlineTiles extends HBox {
    private final OverviewViewModel viewModel;
    private final ObjectProperty<UpgradePlan> plan;
    private final ObservableList<TrendPoint> trend;
    private final Tile ready = new Tile("Readiness");
    private final Tile gate = new Tile("Standard");
    private final Tile readyBy = new Tile("Ready by").compact();
    private final Tile componentCount = new Tile("Components");
    private final Tile findings = new Tile("Findings");
    private final Tile stubs = new Tile("Stub ratio");
    private final Tile warningCount = new Tile("Warnings");
    private final Polyline sparkline = new Polyline();
    private final Tooltip sparklineTip = new Tooltip();

    /**
     * @param plan  the shown repository's plan, for the projected ready-by date
     * @param trend the shown repository's assessments over time, for the readiness sparkline
     */
    HeadlineTiles(OverviewViewModel viewModel, ObjectProperty<UpgradePlan> plan, ObservableList<TrendPoint> trend) {
        super(14);
        this.viewModel = viewModel;
        this.plan = plan;
        this.trend = trend;
        getChildren().addAll(ready, gate, readyBy, componentCount, findings, stubs, warningCount);
        getChildren().forEach(n -> HBox.setHgrow(n, Priority.ALWAYS));
        sparkline.getStyleClass().add("sparkline");
        ready.getChildren().add(sparkline);
        Tooltip.install(sparkline, sparklineTip);
        plan.addListener(obs -> renderReadyBy());
        trend.addListener((ListChangeListener<TrendPoint>) change -> renderSparkline());
    }

    void render(Assessment a) {
        double readiness = a.readiness();
        boolean met = viewModel.shortfalls().isEmpty();
        // green only when the standard is met: a high mean must not hide a component that fails it
        ready.show(null, Format.score(readiness) + " / 10", met ? "good" : readiness >= 6 ? "fair" : "poor",
                a.hasBlocker() ? "Capped at 4.0: a blocker (see Top risks) holds the whole repository back"
                        : "Lines-of-code weighted mean of the components' readiness (docs/scoring.md)", null);
        long failing = viewModel.shortfalls().stream().map(s -> s.componentId()).distinct().count();
        gate.show("Standard '" + viewModel.standard().name() + "'", met ? "Met" : "Not met", met ? "good" : "poor",
                met ? "Every component meets every threshold and control"
                        : viewModel.shortfalls().size() + " shortfalls in " + failing + " of " + a.components().size()
                        + " components",
                met ? "Every component meets every threshold and control" : viewModel.shortfalls().stream().limit(25)
                        .map(s -> s.componentName() + ": " + s.detail()).collect(Collectors.joining("\n"))
                        + (viewModel.shortfalls().size() > 25 ? "\n…" : ""));
        componentCount.show(null, String.valueOf(a.components().size()), null,
                Format.count(viewModel.linesOfCode(), "line") + " of production code", null);
        long blockers = viewModel.count(Severity.BLOCKER) + viewModel.count(Severity.CRITICAL);
        findings.show(null, String.valueOf(a.findingCount()), blockers > 0 ? "poor" : null,
                viewModel.count(Severity.BLOCKER) + " blocker, " + viewModel.count(Severity.CRITICAL) + " critical, "
                        + viewModel.count(Severity.MAJOR) + " major, " + viewModel.count(Severity.MINOR) + " minor", null);
        OverviewViewModel.StubSplit split = viewModel.stubSplit();
        stubs.show(null, Format.percent(viewModel.stubRatio() * 100), viewModel.stubRatio() > 0.05 ? "fair" : null,
                split.empty() + " empty · " + split.notImplemented() + " not implemented · " + split.simulated()
                        + " simulated",
                "Share of functions that are stubs: an empty or placeholder body, an explicit 'not implemented', or a "
                        + "simulated implementation that fakes its work (canned or random results, sleeps or log "
                        + "lines instead of work; rule STUB-SIMULATED)");
        warningCount.show(null, String.valueOf(a.warnings().size()), a.warnings().isEmpty() ? null : "fair",
                "Files that could not be read or parsed fully; listed below", null);
        renderReadyBy();
        renderSparkline();
    }

    /** The plan's projected date: when the last open step ends with the planned team. */
    private void renderReadyBy() {
        UpgradePlan p = plan.get();
        if (p == null) {
            readyBy.show(null, "No plan", null, "Make one in Plan (Ctrl+3) for the projected date", null);
            return;
        }
        long open = p.steps().stream().filter(UpgradeStep::isOpen).count();
        readyBy.show(null, p.readyBy() == null ? "Now" : p.readyBy().toString(), open == 0 ? "good" : null,
                open == 0 ? "Every step is done" : p.makespanDays() + " working days for " + open
                        + " open steps with the planned team", "From " + p.startDate() + " with " + p.capacity()
                        .entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")));
    }

    /** Readiness over the stored assessments, oldest left: a line under the readiness figure. */
    private void renderSparkline() {
        sparkline.getPoints().clear();
        int n = trend.size();
        if (n < 2) {
            sparkline.setVisible(false);
            return;
        }
        double width = 120;
        double height = 22;
        // scaled to its own range (at least one point of readiness), as sparklines are: the shape is the news
        double low = trend.stream().mapToDouble(TrendPoint::readiness).min().orElse(0);
        double high = Math.max(low + 1, trend.stream().mapToDouble(TrendPoint::readiness).max().orElse(10));
        for (int i = 0; i < n; i++) {
            sparkline.getPoints().addAll(width * i / (n - 1), height * (high - trend.get(i).readiness()) / (high - low));
        }
        sparkline.setVisible(true);
        sparklineTip.setText(String.format(Locale.ROOT, "Readiness over %d assessments: %.1f → %.1f", n,
                trend.get(0).readiness(), trend.get(n - 1).readiness()));
    }
}
