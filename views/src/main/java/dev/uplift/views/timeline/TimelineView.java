package dev.uplift.views.timeline;

import dev.uplift.model.plan.UpgradePlan;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.Locale;

/**
 * The phase timeline view: zoom by day, week or month (or Ctrl+wheel), hover a bar for its numbers,
 * drag it to pin its start; the plan re-levels and comes back.
 */
public final class TimelineView extends BorderPane {
    private final TimelineViewModel viewModel;
    private final GanttPane gantt;
    private final Label summary = new Label();
    private boolean fitPending = true;

    public TimelineView(TimelineViewModel viewModel, ObjectProperty<UpgradePlan> plan) {
        this.viewModel = viewModel;
        getStyleClass().add("timeline-view");
        Label title = new Label("Phase timeline");
        title.getStyleClass().add("page-title");
        summary.getStyleClass().add("muted");
        summary.setWrapText(true);
        ToggleGroup zoom = new ToggleGroup();
        HBox zooms = new HBox(0);
        for (TimelineViewModel.Zoom z : TimelineViewModel.Zoom.values()) {
            ToggleButton b = new ToggleButton(z.name().charAt(0) + z.name().substring(1).toLowerCase(Locale.ROOT));
            b.setId("zoom-" + z.name().toLowerCase(Locale.ROOT));
            b.setToggleGroup(zoom);
            b.setUserData(z);
            b.setTooltip(new Tooltip("Zoom to " + z.name().toLowerCase(Locale.ROOT) + "s (Ctrl+wheel on the chart)"));
            b.setSelected(viewModel.zoomProperty().get() == z);
            zooms.getChildren().add(b);
        }
        zoom.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                zoom.selectToggle(old);
            } else {
                viewModel.zoomProperty().set((TimelineViewModel.Zoom) now.getUserData());
            }
        });
        viewModel.zoomProperty().addListener(o -> zoom.getToggles().stream()
                .filter(t -> t.getUserData() == viewModel.zoomProperty().get()).findFirst().ifPresent(zoom::selectToggle));
        Label legend = new Label("Blue: a step · red: the critical path · arrows: prerequisites. Drag a bar to pin its "
                + "start; the rest re-levels.");
        legend.getStyleClass().add("muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, legend, spacer, new Label("Zoom"), zooms);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(4, title, summary, bar);
        header.setPadding(new Insets(16, 16, 8, 16));
        setTop(header);
        gantt = new GanttPane(viewModel);
        setCenter(gantt);
        BorderPane.setMargin(gantt, new Insets(0, 16, 16, 16));
        plan.addListener(o -> show(plan.get()));
        widthProperty().addListener(o -> fitOnce());
        show(plan.get());
    }

    private void show(UpgradePlan p) {
        viewModel.show(p);
        fitOnce();
        summary.setText(p == null ? "No plan yet." : String.format(Locale.ROOT, "%d open steps in %d phases over %d "
                        + "working days from %s; ready by %s. Team: %s.", viewModel.rows().stream()
                        .filter(r -> !r.isPhase()).count(), p.phases().size(), p.makespanDays(), p.startDate(),
                p.readyBy(), String.join(", ", p.capacity().entrySet().stream()
                        .map(e -> e.getValue() + " " + e.getKey()).toList())));
        gantt.refresh();
    }

    /** For the first plan shown, once the view has a width: the closest zoom that shows all of it. */
    private void fitOnce() {
        UpgradePlan p = viewModel.plan();
        if (!fitPending || p == null || getWidth() <= 0) {
            return;
        }
        fitPending = false; // from now on the user's choice stays
        double width = getWidth() - 32 - 14 - GanttPane.LABELS;
        for (TimelineViewModel.Zoom z : TimelineViewModel.Zoom.values()) {
            if (Math.max(1, p.makespanDays()) * z.pixelsPerDay() <= width || z == TimelineViewModel.Zoom.MONTH) {
                viewModel.zoomProperty().set(z);
                return;
            }
        }
    }

    /** The chart, for tests. */
    GanttPane gantt() {
        return gantt;
    }

    /** Where the step's bar is on screen now, or null when it is not in the plan (for tests). */
    public Point2D barOnScreen(String stepId) {
        double[] c = gantt.barCentre(stepId);
        return c == null ? null : gantt.canvas().localToScreen(c[0], c[1]);
    }
}
