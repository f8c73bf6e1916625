package dev.uplift.views.plan;

import dev.uplift.model.plan.StepStatus;
import dev.uplift.model.plan.Team;
import dev.uplift.model.plan.UpgradePlan;
import dev.uplift.model.plan.UpgradeStep;
import dev.uplift.model.plan.WorkingDays;
import dev.uplift.model.service.PlanService;
import dev.uplift.views.common.TaskExecutor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/** The shown plan and the commands to load it or plan again; callbacks arrive on the UI thread. */
public final class PlanViewModel {
    private final PlanService plans;
    private final TaskExecutor tasks;
    private final Consumer<Throwable> onError;
    private final ObjectProperty<UpgradePlan> plan = new SimpleObjectProperty<>();
    private final ObservableList<UpgradeStep> steps = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty summary = new SimpleStringProperty("");
    private Map<String, String> deferred = Map.of();
    private Set<String> critical = Set.of();
    private Path repository;

    public PlanViewModel(PlanService plans, TaskExecutor tasks, Consumer<Throwable> onError) {
        this.plans = plans;
        this.tasks = tasks;
        this.onError = onError;
    }

    /** Shows the repository's latest plan (none yet: an empty state offers to make one). */
    public void load(Path repositoryToShow) {
        repository = repositoryToShow;
        if (repository == null) {
            show(null);
            return;
        }
        busy.set(true);
        Path target = repository;
        tasks.execute((p, c) -> plans.latestPlan(target), TaskExecutor.Callbacks.of(latest -> {
            busy.set(false);
            if (target.equals(repository)) {
                show(latest.orElse(null));
            }
        }, this::failed));
    }

    /** Plans again from the latest assessment, keeping edits and step status. */
    public void replan() {
        if (repository == null || busy.get()) {
            return;
        }
        busy.set(true);
        Path target = repository;
        tasks.execute((p, c) -> plans.replan(target), TaskExecutor.Callbacks.of(result -> {
            busy.set(false);
            show(result);
        }, this::failed));
    }

    /** Pins the step to start on the working day or later and shows the re-levelled plan. */
    public void pin(String stepId, int day) {
        edit(target -> plans.pin(target, stepId, Math.max(0, day)));
    }

    /** Replaces the step's estimate (hours above 0) and shows the plan made with it. */
    public void estimate(String stepId, double hours) {
        if (hours > 0) {
            edit(target -> plans.estimate(target, stepId, hours));
        }
    }

    /** Makes the step wait for another as well and shows the plan made with it. */
    public void waitFor(String stepId, String prerequisiteId) {
        edit(target -> plans.waitFor(target, stepId, prerequisiteId));
    }

    /** Gives the step to these people (per skill) and shows the plan made with them. */
    public void assign(String stepId, Map<String, Integer> people) {
        edit(target -> plans.assign(target, stepId, people));
    }

    /** Leaves the step out of the plan (or puts it back) and shows the plan made without (or with) it. */
    public void exclude(String stepId, boolean excluded) {
        edit(target -> plans.exclude(target, stepId, excluded));
    }

    /**
     * Reads the repository's team in the background, lets {@code editor} change it (on the JavaFX
     * thread), and plans again with the changed team, which is stored for later plans.
     */
    public void editTeam(Function<Team,
            Optional<Team>> editor) {
        if (repository == null || busy.get()) {
            return;
        }
        Path target = repository;
        tasks.execute((p, c) -> plans.team(target), TaskExecutor.Callbacks.of(team -> {
            if (target.equals(repository)) {
                editor.apply(team).ifPresent(changed -> edit(t -> plans.replan(t, changed)));
            }
        }, this::failed));
    }

    /** Runs an edit that stores itself and plans again, in the background, and shows the plan it returns. */
    private void edit(Function<Path, UpgradePlan> change) {
        if (repository == null || busy.get()) {
            return;
        }
        busy.set(true);
        Path target = repository;
        tasks.execute((p, c) -> change.apply(target), TaskExecutor.Callbacks.of(result -> {
            busy.set(false);
            if (target.equals(repository)) {
                show(result);
            }
        }, this::failed));
    }

    private void failed(Throwable e) {
        busy.set(false);
        onError.accept(e);
    }

    /**
     * Plans again within {@code weeks} weeks of the team's time ({@code null}: the complete plan) and
     * shows the plan, with what did not fit listed after it as deferred.
     */
    public void timeBox(Integer weeks) {
        UpgradePlan current = plan.get();
        Integer days = weeks == null ? null : weeks * WorkingDays.PER_WEEK;
        if (current != null && java.util.Objects.equals(current.timeBoxDays(), days)) {
            return;
        }
        edit(target -> plans.timeBox(target, weeks));
    }

    void show(UpgradePlan p) {
        critical = p == null ? Set.of() : new HashSet<>(p.criticalPath());
        deferred = new java.util.HashMap<>();
        List<UpgradeStep> rows = new java.util.ArrayList<>(p == null ? List.of() : p.steps());
        if (p != null) {
            p.deferred().forEach(d -> {
                deferred.put(d.step().id(), d.reason());
                rows.add(d.step());
            });
        }
        steps.setAll(rows);
        summary.set(p == null ? "" : summaryOf(p));
        plan.set(p);
    }

    private static String summaryOf(UpgradePlan p) {
        String text = String.format("%d steps · %d open · %d verified · %d regressed · %d working days from %s · ready by %s",
                p.steps().size(), p.steps().stream().filter(UpgradeStep::isOpen).count(), p.count(StepStatus.VERIFIED),
                p.count(StepStatus.REGRESSED), p.makespanDays(), p.startDate(), p.readyBy());
        if (p.timeBoxDays() != null) {
            text += String.format(" · time box %d weeks: %d deferred", p.timeBoxDays() / WorkingDays.PER_WEEK,
                    p.deferred().size());
        }
        if (!p.projectedReadiness().components().isEmpty()) {
            text += String.format(java.util.Locale.ROOT, " · readiness after the plan %.1f", p.projectedReadiness().overall());
        }
        return text;
    }

    /** Why a time-boxed plan left the step out, if it did. */
    public Optional<String> deferredReason(UpgradeStep step) {
        return Optional.ofNullable(deferred.get(step.id()));
    }

    /** The plan's time box in weeks, or null for a complete plan (or no plan). */
    public Integer timeBoxWeeks() {
        return plan.get() == null || plan.get().timeBoxDays() == null ? null : plan.get().timeBoxDays() / WorkingDays.PER_WEEK;
    }

    public boolean isCritical(UpgradeStep step) {
        return critical.contains(step.id());
    }

    /** The calendar date a working day of the plan falls on. */
    public LocalDate dateOf(int day) {
        return plan.get() == null ? null : WorkingDays.plus(plan.get().startDate(), day);
    }

    public ObjectProperty<UpgradePlan> planProperty() {
        return plan;
    }

    public ObservableList<UpgradeStep> steps() {
        return steps;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty summaryProperty() {
        return summary;
    }
}
