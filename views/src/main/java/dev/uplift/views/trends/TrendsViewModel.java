package dev.uplift.views.trends;

import dev.uplift.model.TrendPoint;
import dev.uplift.model.plan.BurnDownPoint;
import dev.uplift.model.service.AssessmentService;
import dev.uplift.model.service.PlanService;
import dev.uplift.views.common.TaskExecutor;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The history of the shown repository, read in the background whenever a new assessment is shown. */
public final class TrendsViewModel {
    private final AssessmentService assessments;
    private final PlanService plans;
    private final TaskExecutor tasks;
    private final ObservableList<TrendPoint> points = FXCollections.observableArrayList();
    private final ObservableList<BurnDownPoint> burnDown = FXCollections.observableArrayList();
    private Path repository;

    public TrendsViewModel(AssessmentService assessments, PlanService plans, TaskExecutor tasks) {
        this.assessments = assessments;
        this.plans = plans;
        this.tasks = tasks;
    }

    /** Reads the repository's trend and burn-down (null: shows nothing). */
    public void load(Path target) {
        repository = target;
        if (target == null) {
            points.clear();
            burnDown.clear();
            return;
        }
        tasks.execute((p, c) -> Map.entry(assessments.trend(target), plans.burnDown(target)),
                TaskExecutor.Callbacks.<Map.Entry<List<TrendPoint>, List<BurnDownPoint>>>of(result -> {
                    if (target.equals(repository)) {
                        points.setAll(result.getKey());
                        burnDown.setAll(result.getValue());
                    }
                }, e -> {
                    points.clear();
                    burnDown.clear();
                }));
    }

    public ObservableList<TrendPoint> points() {
        return points;
    }

    public ObservableList<BurnDownPoint> burnDown() {
        return burnDown;
    }

    /** What the view says above the charts: how much history there is, and what it shows. */
    public String summary() {
        if (points.isEmpty()) {
            return "No assessment yet.";
        }
        if (points.size() == 1) {
            return "One assessment so far: re-assess (F5) after changes to see the trend.";
        }
        TrendPoint first = points.get(0);
        TrendPoint last = points.get(points.size() - 1);
        double change = last.readiness() - first.readiness();
        return String.format(java.util.Locale.ROOT, "%d assessments; readiness %.1f → %.1f (%s%.1f). %d plan versions.",
                points.size(), first.readiness(), last.readiness(), change >= 0 ? "+" : "", change, burnDown.size());
    }
}
