package dev.uplift.model.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The seed's UpgradePlan for a repository.
 *
 * @param startDate        the first working day of the plan
 * @param capacity         people per skill
 * @param steps            every step, open, verified, regressed or excluded
 * @param criticalPath     ids of the steps that set the end date
 * @param makespanDays     working days until the last open step ends
 * @param readyBy          the projected date the repository meets the standard
 * @param componentReadyBy   per component, the date its last open step ends
 * @param timeBoxDays        the working days the plan was asked to fit into, or null for a complete plan
 * @param deferred           what a time-boxed plan leaves out, each with its reason (empty without a time box)
 * @param projectedReadiness the readiness reached once the plan's open steps are done
 */
public record UpgradePlan(String id, String repository, String assessmentId, Instant createdAt, LocalDate startDate,
                          Map<String, Integer> capacity, List<Phase> phases, List<UpgradeStep> steps,
                          List<String> criticalPath, int makespanDays, LocalDate readyBy,
                          Map<String, LocalDate> componentReadyBy, Integer timeBoxDays, List<DeferredStep> deferred,
                          ProjectedReadiness projectedReadiness) {
    public UpgradePlan {
        capacity = Collections.unmodifiableMap(new LinkedHashMap<>(capacity)); // team order
        phases = List.copyOf(phases);
        steps = List.copyOf(steps);
        criticalPath = List.copyOf(criticalPath);
        componentReadyBy = Collections.unmodifiableMap(new TreeMap<>(componentReadyBy));
        deferred = deferred == null ? List.of() : List.copyOf(deferred); // plans stored before time boxes
        projectedReadiness = projectedReadiness == null ? ProjectedReadiness.none() : projectedReadiness;
    }

    /** A complete plan (no time box) without a projection, as plans were before time boxes. */
    public UpgradePlan(String id, String repository, String assessmentId, Instant createdAt, LocalDate startDate,
                       Map<String, Integer> capacity, List<Phase> phases, List<UpgradeStep> steps,
                       List<String> criticalPath, int makespanDays, LocalDate readyBy,
                       Map<String, LocalDate> componentReadyBy) {
        this(id, repository, assessmentId, createdAt, startDate, capacity, phases, steps, criticalPath, makespanDays,
                readyBy, componentReadyBy, null, List.of(), ProjectedReadiness.none());
    }

    public long count(StepStatus status) {
        return steps.stream().filter(s -> s.status() == status).count();
    }

    /** Whether step {@code stepId} waits, directly or through others, for step {@code otherId}. */
    public boolean waitsOn(String stepId, String otherId) {
        Map<String, List<String>> prerequisites = new LinkedHashMap<>();
        steps.forEach(s -> prerequisites.put(s.id(), s.prerequisites()));
        return Prerequisites.waitsOn(stepId, otherId, id -> prerequisites.getOrDefault(id, List.of()));
    }

    /**
     * The open steps of each phase, in phase order, each by start day (then id); phases without open
     * steps are left out. What a timeline draws, in the GUI and in the report.
     */
    public Map<Phase, List<UpgradeStep>> openStepsByPhase() {
        Map<Phase, List<UpgradeStep>> out = new LinkedHashMap<>();
        for (Phase phase : phases) {
            List<UpgradeStep> open = steps.stream().filter(s -> s.isOpen() && phase.name().equals(s.phase()))
                    .sorted(Comparator.comparingInt(UpgradeStep::startDay).thenComparing(UpgradeStep::id))
                    .toList();
            if (!open.isEmpty()) {
                out.put(phase, open);
            }
        }
        return out;
    }
}
