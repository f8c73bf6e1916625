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

    /** What a plan is built from. {@code previous} may be null. */
    public record Inputs(Assessment assessment, ProductionStandards standard, Team team, Map<String, Rule> rules,
                         PlanEdits edits, UpgradePlan previous, LocalDate startDate) {
    }

    public UpgradePlan build(String planId, Instant createdAt, Inputs in) {
        List<UpgradeStep> steps = new StepFactory(in.standard(), in.team(), in.rules()).steps(in.assessment());
        steps = StepLinks.link(steps, in.assessment());
        steps = applyEdits(steps, in.edits(), in.team());
        steps = PlanTracker.track(steps, in.previous(), in.assessment(), in.standard());

        List<UpgradeStep> open = steps.stream().filter(UpgradeStep::isOpen).toList();
        Set<String> openIds = open.stream().map(UpgradeStep::id).collect(Collectors.toSet());
        List<Activity> activities = new ArrayList<>();
        for (UpgradeStep s : open) {
            activities.add(new Activity(s.id(), s.durationDays(), s.demand(),
                    s.prerequisites().stream().filter(openIds::contains).toList(), in.edits().pinnedStarts().get(s.id())));
        }
        Schedule schedule = scheduler.schedule(activities, in.team().capacity());
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
                WorkingDays.plus(start, schedule.makespan()), componentReadyBy);
    }

    private static List<UpgradeStep> applyEdits(List<UpgradeStep> steps, PlanEdits edits, Team team) {
        Set<String> excluded = edits.excluded();
        List<UpgradeStep> out = new ArrayList<>();
        for (UpgradeStep s : steps) {
            UpgradeStep e = s;
            Double hours = edits.effortHours().get(s.id());
            if (hours != null) {
                String skill = s.demand().keySet().stream().findFirst().orElse("backend");
                e = e.withEffort(hours, (int) Math.max(hours > 0 ? 1 : 0, Math.ceil(hours / team.focusHours(skill))));
            }
            if (excluded.contains(s.id())) {
                e = e.withStatus(StepStatus.EXCLUDED);
            }
            out.add(e.withPrerequisites(e.prerequisites().stream().filter(p -> !excluded.contains(p)).toList()));
        }
        return out;
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

    /** The seed's phase for a tier. */
    static String phaseOf(Tier tier) {
        return PHASE_ORDER.get(tier.ordinal());
    }
}
