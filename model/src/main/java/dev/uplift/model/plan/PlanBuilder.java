package dev.uplift.model.plan;

import dev.uplift.model.Assessment;
import dev.uplift.model.ProductionStandards;
import dev.uplift.model.Rule;
import dev.uplift.model.Tier;
import dev.uplift.model.schedule.Activity;
import dev.uplift.model.schedule.Schedule;
import dev.uplift.model.schedule.Scheduler;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds an {@link UpgradePlan} from an assessment: steps from its gaps, prerequisites, the user's
 * edits, status carried from the previous plan, then a schedule under the team's capacity. Stateless.
 */
public final class PlanBuilder {
    static final String VALIDATION_PHASE = "Validation";
    private static final List<String> PHASE_ORDER = List.of("Infrastructure", "Core services", "Integration & UI",
            "Advanced features", VALIDATION_PHASE);

    private final Scheduler scheduler;

    public PlanBuilder(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    /**
     * What a plan is built from. {@code previous} may be null; {@code timeBoxDays} is null for a complete
     * plan, else the working days the plan must fit into (what does not is deferred).
     */
    public record Inputs(Assessment assessment, ProductionStandards standard, Team team, Map<String, Rule> rules,
                         PlanEdits edits, UpgradePlan previous, LocalDate startDate, Integer timeBoxDays) {
        public Inputs(Assessment assessment, ProductionStandards standard, Team team, Map<String, Rule> rules,
                      PlanEdits edits, UpgradePlan previous, LocalDate startDate) {
            this(assessment, standard, team, rules, edits, previous, startDate, null);
        }
    }

    public UpgradePlan build(String planId, Instant createdAt, Inputs in) {
        List<UpgradeStep> steps = new StepFactory(in.standard(), in.team(), in.rules()).steps(in.assessment());
        steps = StepLinks.link(steps, in.assessment());
        steps = applyEdits(steps, in.edits(), in.team());
        steps = PlanTracker.track(steps, in.previous(), in.assessment(), in.standard());

        ReadinessGains gains = ReadinessGains.of(steps, in.assessment());
        List<UpgradeStep> open = steps.stream().filter(UpgradeStep::isOpen).toList();
        List<DeferredStep> deferred = List.of();
        Schedule schedule;
        if (in.timeBoxDays() != null) {
            TimeBox.Fit fit = new TimeBox(in.timeBoxDays(), in.team(), scheduler, gains, in.edits().pinnedStarts())
                    .fit(open);
            deferred = fit.deferred();
            Map<String, UpgradeStep> chosen = new HashMap<>();
            fit.chosen().forEach(s -> chosen.put(s.id(), s));
            steps = steps.stream().filter(s -> !s.isOpen() || chosen.containsKey(s.id()))
                    .map(s -> chosen.getOrDefault(s.id(), s)).toList();
            open = fit.chosen();
            schedule = fit.schedule() == null ? scheduler.schedule(List.of(), in.team().capacity()) : fit.schedule();
        } else {
            schedule = scheduler.schedule(activities(open, in.edits()), in.team().capacity());
        }
        List<UpgradeStep> placed = new ArrayList<>();
        for (UpgradeStep s : steps) {
            placed.add(s.isOpen() ? s.scheduled(schedule.starts().get(s.id())) : s);
        }
        placed.sort(Comparator.comparing((UpgradeStep s) -> !s.isOpen()).thenComparingInt(UpgradeStep::startDay)
                .thenComparing(Comparator.comparingInt(UpgradeStep::priority).reversed()).thenComparing(UpgradeStep::id));

        LocalDate start = WorkingDays.onOrAfter(in.startDate());
        Map<String, LocalDate> componentReadyBy = new HashMap<>();
        for (UpgradeStep s : placed) {
            if (s.isOpen() && s.componentId() != null) {
                componentReadyBy.merge(s.componentId(), WorkingDays.plus(start, s.endDay()),
                        (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        return new UpgradePlan(planId, in.assessment().repository(), in.assessment().id(), createdAt, start,
                in.team().capacity(), phases(placed), placed, schedule.criticalPath(), schedule.makespan(),
                WorkingDays.plus(start, schedule.makespan()), componentReadyBy, in.timeBoxDays(), deferred,
                gains.project(open));
    }

    private static List<Activity> activities(List<UpgradeStep> open, PlanEdits edits) {
        Set<String> openIds = open.stream().map(UpgradeStep::id).collect(Collectors.toSet());
        List<Activity> activities = new ArrayList<>();
        for (UpgradeStep s : open) {
            activities.add(new Activity(s.id(), s.durationDays(), s.demand(),
                    s.prerequisites().stream().filter(openIds::contains).toList(), edits.pinnedStarts().get(s.id())));
        }
        return activities;
    }

    private static List<UpgradeStep> applyEdits(List<UpgradeStep> steps, PlanEdits edits, Team team) {
        Set<String> excluded = edits.excluded();
        Set<String> ids = steps.stream().map(UpgradeStep::id).collect(Collectors.toSet());
        List<UpgradeStep> out = new ArrayList<>();
        for (UpgradeStep s : steps) {
            UpgradeStep e = s;
            Map<String, Integer> people = edits.demand().get(s.id());
            if (people != null && people.values().stream().mapToInt(Integer::intValue).sum() > 0) {
                e = e.withDemand(people, days(e.effortHours(), people, team));
            }
            Double hours = edits.effortHours().get(s.id());
            if (hours != null) {
                e = e.withEffort(hours, days(hours, e.demand(), team));
            }
            if (excluded.contains(s.id())) {
                e = e.withStatus(StepStatus.EXCLUDED);
            }
            List<String> prerequisites = new ArrayList<>(e.prerequisites());
            for (String added : edits.waitsFor().getOrDefault(s.id(), List.of())) {
                if (ids.contains(added) && !added.equals(s.id()) && !prerequisites.contains(added)) {
                    prerequisites.add(added);
                }
            }
            out.add(e.withPrerequisites(prerequisites.stream().filter(p -> !excluded.contains(p)).toList()));
        }
        return withoutCycles(out);
    }

    /** Working days for the hours when these people share the work, each at the team's focus hours. */
    static int days(double hours, Map<String, Integer> people, Team team) {
        double perDay = people.entrySet().stream().mapToDouble(e -> team.focusHours(e.getKey()) * e.getValue()).sum();
        if (perDay <= 0) {
            perDay = team.focusHours(people.keySet().stream().findFirst().orElse("backend"));
        }
        return (int) Math.max(hours > 0 ? 1 : 0, Math.ceil(hours / perDay));
    }

    /**
     * The steps with any prerequisite that closes a cycle taken out. Generated links never make one; a
     * prerequisite the user added can, once the plan around it changes, and a cycle cannot be scheduled.
     */
    static List<UpgradeStep> withoutCycles(List<UpgradeStep> steps) {
        Map<String, UpgradeStep> byId = new LinkedHashMap<>();
        steps.forEach(s -> byId.put(s.id(), s));
        Map<String, List<String>> kept = new HashMap<>();
        for (UpgradeStep s : steps) {
            List<String> mine = new ArrayList<>();
            for (String p : s.prerequisites()) {
                if (!reaches(p, s.id(), byId, kept)) {
                    mine.add(p);
                }
            }
            kept.put(s.id(), mine);
        }
        return steps.stream().map(s -> s.prerequisites().equals(kept.get(s.id())) ? s
                : s.withPrerequisites(kept.get(s.id()))).toList();
    }

    /** Whether {@code target} is among the prerequisites of {@code from}, followed all the way back. */
    private static boolean reaches(String from, String target, Map<String, UpgradeStep> byId,
                                   Map<String, List<String>> kept) {
        return Prerequisites.waitsOn(from, target, id -> !byId.containsKey(id) ? List.of()
                : kept.getOrDefault(id, byId.get(id).prerequisites()));
    }

    private static List<Phase> phases(List<UpgradeStep> steps) {
        Map<String, int[]> spans = new LinkedHashMap<>();
        for (String name : PHASE_ORDER) {
            for (UpgradeStep s : steps) {
                if (s.isOpen() && s.phase().equals(name)) {
                    int[] span = spans.computeIfAbsent(name, k -> new int[] {Integer.MAX_VALUE, 0});
                    span[0] = Math.min(span[0], s.startDay());
                    span[1] = Math.max(span[1], s.endDay());
                }
            }
        }
        List<Phase> out = new ArrayList<>();
        spans.forEach((name, span) -> out.add(new Phase(name, span[0], span[1])));
        return out;
    }

    /** The phase blockers go to. */
    static String firstPhase() {
        return PHASE_ORDER.get(0);
    }

    /** The seed's phase for a tier. */
    static String phaseOf(Tier tier) {
        return PHASE_ORDER.get(tier.ordinal());
    }
}
