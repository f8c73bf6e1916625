package dev.uplift.views.timeline;

import dev.uplift.model.plan.Phase;
import dev.uplift.model.plan.UpgradePlan;
import dev.uplift.model.plan.UpgradeStep;
import dev.uplift.model.plan.WorkingDays;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The timeline's figures from the shown plan: rows (each phase, then its open steps by start), the
 * critical path, how much of each skill the steps need per working day against the team, and the zoom.
 * Dragging a step pins it through {@link #pin(String, int)}.
 */
public final class TimelineViewModel {
    /** How wide a working day is drawn. */
    public enum Zoom {
        DAY(30), WEEK(10), MONTH(3);

        private final double pixelsPerDay;

        Zoom(double pixelsPerDay) {
            this.pixelsPerDay = pixelsPerDay;
        }

        public double pixelsPerDay() {
            return pixelsPerDay;
        }
    }

    /** A phase heading, or a step under it. */
    public record Row(Phase phase, UpgradeStep step) {
        public boolean isPhase() {
            return phase != null;
        }
    }

    private final ObjectProperty<Zoom> zoom = new SimpleObjectProperty<>(Zoom.WEEK);
    private final BiConsumer<String, Integer> pinner;
    private UpgradePlan plan;
    private List<Row> rows = List.of();
    private Set<String> critical = Set.of();
    private Map<String, UpgradeStep> byId = Map.of();
    private Map<String, int[]> load = Map.of();

    /** @param pinner pins a step to a working day (in the background) and shows the plan that results */
    public TimelineViewModel(BiConsumer<String, Integer> pinner) {
        this.pinner = pinner;
    }

    public void show(UpgradePlan p) {
        plan = p;
        List<Row> out = new ArrayList<>();
        Map<String, UpgradeStep> ids = new HashMap<>();
        if (p != null) {
            p.openStepsByPhase().forEach((phase, steps) -> {
                out.add(new Row(phase, null));
                steps.forEach(s -> out.add(new Row(null, s)));
            });
            p.steps().forEach(s -> ids.put(s.id(), s));
        }
        rows = List.copyOf(out);
        byId = ids;
        critical = p == null ? Set.of() : new HashSet<>(p.criticalPath());
        load = p == null ? Map.of() : load(p);
    }

    /** People each skill needs on each working day, from the open steps' demand. */
    private static Map<String, int[]> load(UpgradePlan p) {
        int days = Math.max(1, p.makespanDays());
        Map<String, int[]> out = new LinkedHashMap<>();
        p.capacity().keySet().forEach(skill -> out.put(skill, new int[days]));
        for (UpgradeStep s : p.steps()) {
            if (!s.isOpen()) {
                continue;
            }
            for (Map.Entry<String, Integer> d : s.demand().entrySet()) {
                int[] perDay = out.computeIfAbsent(d.getKey(), k -> new int[days]);
                for (int day = Math.max(0, s.startDay()); day < Math.min(days, s.endDay()); day++) {
                    perDay[day] += d.getValue();
                }
            }
        }
        return out;
    }

    public UpgradePlan plan() {
        return plan;
    }

    public List<Row> rows() {
        return rows;
    }

    public boolean isCritical(UpgradeStep step) {
        return critical.contains(step.id());
    }

    public UpgradeStep step(String id) {
        return byId.get(id);
    }

    /** Working days from the plan's start to its end (at least one). */
    public int days() {
        return plan == null ? 1 : Math.max(1, plan.makespanDays());
    }

    public LocalDate dateOf(int day) {
        return WorkingDays.plus(plan.startDate(), day);
    }

    /** Skills in the team's order, then any a step needs that the team lacks. */
    public List<String> skills() {
        return List.copyOf(load.keySet());
    }

    /** People of the skill the open steps need on the day. */
    public int demand(String skill, int day) {
        int[] perDay = load.get(skill);
        return perDay == null || day < 0 || day >= perDay.length ? 0 : perDay[day];
    }

    /** People of the skill the team has (0 when it has none). */
    public int capacity(String skill) {
        return plan == null ? 0 : plan.capacity().getOrDefault(skill, 0);
    }

    public ObjectProperty<Zoom> zoomProperty() {
        return zoom;
    }

    /** Pins the step to start on the day or later; nothing happens when it would not move. */
    public boolean pin(UpgradeStep step, int day) {
        int target = Math.max(0, Math.min(days() + 250, day));
        if (target == step.startDay()) {
            return false;
        }
        pinner.accept(step.id(), target);
        return true;
    }

    /** What a step's tooltip says. */
    public String describe(UpgradeStep s) {
        return String.format(Locale.ROOT, "%s%n%s · %s · %s risk%n%s to %s (%d working days, %.0f hours)%n%s%s",
                s.title(), s.componentId() == null ? "repository" : s.componentId(), s.category().title(),
                s.risk().name().toLowerCase(Locale.ROOT), dateOf(s.startDay()),
                dateOf(Math.max(s.startDay(), s.endDay() - 1)), s.durationDays(), s.effortHours(),
                s.prerequisites().isEmpty() ? "no prerequisites" : "after " + String.join(", ", s.prerequisites()),
                isCritical(s) ? "\non the critical path" : "")
                + "\nDrag it along the timeline to pin its start.";
    }
}
