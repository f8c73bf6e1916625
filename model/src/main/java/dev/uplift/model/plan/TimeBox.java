package dev.uplift.model.plan;

import dev.uplift.model.schedule.Activity;
import dev.uplift.model.schedule.Schedule;
import dev.uplift.model.schedule.Scheduler;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses what a team can do within a number of working days. Blockers first, then, among the steps
 * whose prerequisites are chosen (so tiers and dependencies hold), the one that wins the most
 * repository readiness per hour, as long as the team's hours per skill and the step's chain of
 * prerequisites fit the box. The choice is then levelled by the scheduler; whatever still ends late
 * is deferred with what waits for it, and the rest levelled again. The validation step closes the box.
 * Not thread-safe; one per plan.
 */
final class TimeBox {
    private static final int MAX_ROUNDS = 20;

    /** What fits: the chosen steps (prerequisites trimmed to the chosen) and the deferred with reasons. */
    record Fit(List<UpgradeStep> chosen, List<DeferredStep> deferred, Schedule schedule) {
    }

    private final int days;
    private final Map<String, Integer> capacity;
    private final Scheduler scheduler;
    private final ReadinessGains gains;
    private final Map<String, Integer> pinned;

    TimeBox(int days, Team team, Scheduler scheduler, ReadinessGains gains, Map<String, Integer> pinned) {
        this.days = days;
        this.capacity = team.capacity();
        this.scheduler = scheduler;
        this.gains = gains;
        this.pinned = pinned;
    }

    Fit fit(List<UpgradeStep> open) {
        UpgradeStep validation = open.stream().filter(s -> s.id().equals(StepFactory.VALIDATION_STEP)).findFirst()
                .orElse(null);
        int workDays = days - (validation == null ? 0 : validation.durationDays());
        Map<String, UpgradeStep> byId = new LinkedHashMap<>();
        open.stream().filter(s -> s != validation).forEach(s -> byId.put(s.id(), s));
        Map<String, String> deferred = new LinkedHashMap<>();
        Set<String> chosen = choose(byId, workDays, deferred);

        Schedule schedule = null;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            schedule = scheduler.schedule(activities(chosen, byId, validation), capacity);
            if (schedule.makespan() <= days) {
                break;
            }
            Set<String> late = new HashSet<>();
            for (String id : chosen) {
                if (schedule.starts().get(id) + byId.get(id).durationDays() > workDays) {
                    late.add(id);
                }
            }
            if (late.isEmpty()) { // only the validation step is late: give up the cheapest-value step
                chosen.stream().min(Comparator.comparingDouble(id -> valuePerHour(byId.get(id)))).ifPresent(late::add);
            }
            for (String id : late) {
                chosen.remove(id);
                deferred.put(id, "did not fit once the chosen work was levelled over the team's " + days
                        + " working days");
            }
            dropOrphans(chosen, byId, deferred);
        }
        List<UpgradeStep> kept = new ArrayList<>();
        for (String id : chosen) {
            kept.add(byId.get(id));
        }
        if (validation != null && !chosen.isEmpty()) {
            kept.add(validation.withPrerequisites(List.copyOf(chosen)));
        }
        List<DeferredStep> out = new ArrayList<>();
        for (UpgradeStep s : open) {
            String reason = deferred.get(s.id());
            if (reason != null) {
                out.add(new DeferredStep(s, reason));
            } else if (s == validation && chosen.isEmpty()) {
                out.add(new DeferredStep(s, "nothing fits into the time box"));
            }
        }
        return new Fit(kept, out, schedule);
    }

    /** Greedy choice under the per-skill hours and the chain lengths. */
    private Set<String> choose(Map<String, UpgradeStep> byId, int workDays, Map<String, String> deferred) {
        Set<String> chosen = new java.util.LinkedHashSet<>();
        Map<String, Integer> finish = new HashMap<>();
        Map<String, Double> used = new HashMap<>();
        Set<String> pending = new java.util.LinkedHashSet<>(byId.keySet());
        while (true) {
            List<UpgradeStep> ready = pending.stream().map(byId::get)
                    .filter(s -> s.prerequisites().stream().allMatch(p -> chosen.contains(p) || !byId.containsKey(p)))
                    .toList();
            if (ready.isEmpty()) {
                break;
            }
            UpgradeStep next = ready.stream().max(Comparator.comparing(StepLinks::isBlocker)
                    .thenComparingDouble(this::valuePerHour).thenComparingInt(UpgradeStep::priority)
                    .thenComparing(UpgradeStep::id, Comparator.reverseOrder())).orElseThrow();
            pending.remove(next.id());
            int start = next.prerequisites().stream().filter(chosen::contains).mapToInt(finish::get).max().orElse(0);
            int end = start + next.durationDays();
            String overflow = overflow(next, used, workDays);
            if (end > workDays) {
                deferred.put(next.id(), "its chain of prerequisites takes " + end + " working days; the time box has "
                        + workDays + " for this work");
            } else if (overflow != null) {
                deferred.put(next.id(), "the " + overflow + " people's time in the box is taken by work that wins more"
                        + " readiness per hour");
            } else {
                chosen.add(next.id());
                finish.put(next.id(), end);
                next.demand().forEach((skill, people) -> used.merge(skill, (double) people * next.durationDays(),
                        Double::sum));
            }
        }
        boolean named = true;
        while (named) { // what waits, directly or not, for a deferred step: name the nearest one
            named = false;
            for (String id : List.copyOf(pending)) {
                if (byId.get(id).prerequisites().stream().anyMatch(deferred::containsKey)) {
                    deferred.put(id, "waits for " + firstDeferredPrerequisite(byId.get(id), byId, deferred));
                    pending.remove(id);
                    named = true;
                }
            }
        }
        pending.forEach(id -> deferred.put(id, "waits for a deferred step"));
        return chosen;
    }

    /** The skill whose person-days in the box the step would exceed, or null. */
    private String overflow(UpgradeStep s, Map<String, Double> used, int workDays) {
        for (Map.Entry<String, Integer> d : s.demand().entrySet()) {
            double available = (double) capacity.getOrDefault(d.getKey(), 0) * workDays;
            if (used.getOrDefault(d.getKey(), 0.0) + d.getValue() * s.durationDays() > available) {
                return d.getKey();
            }
        }
        return null;
    }

    private String firstDeferredPrerequisite(UpgradeStep s, Map<String, UpgradeStep> byId, Map<String, String> deferred) {
        for (String p : s.prerequisites()) {
            if (deferred.containsKey(p)) {
                return "the deferred step '" + byId.get(p).title() + "'";
            }
        }
        return "a deferred step";
    }

    /** After a step is dropped, whatever waited for it goes too. */
    private void dropOrphans(Set<String> chosen, Map<String, UpgradeStep> byId, Map<String, String> deferred) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String id : List.copyOf(chosen)) {
                UpgradeStep s = byId.get(id);
                if (s.prerequisites().stream().anyMatch(deferred::containsKey)) {
                    chosen.remove(id);
                    deferred.put(id, "waits for " + firstDeferredPrerequisite(s, byId, deferred));
                    changed = true;
                }
            }
        }
    }

    private double valuePerHour(UpgradeStep s) {
        return gains.repository(s) / Math.max(0.5, s.effortHours());
    }

    private List<Activity> activities(Set<String> chosen, Map<String, UpgradeStep> byId, UpgradeStep validation) {
        List<Activity> out = new ArrayList<>();
        for (String id : chosen) {
            UpgradeStep s = byId.get(id);
            out.add(new Activity(id, s.durationDays(), s.demand(), s.prerequisites().stream().filter(chosen::contains)
                    .toList(), pinned.get(id)));
        }
        if (validation != null && !chosen.isEmpty()) {
            out.add(new Activity(validation.id(), validation.durationDays(), validation.demand(), List.copyOf(chosen),
                    null));
        }
        return out;
    }
}
