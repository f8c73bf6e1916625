package dev.uplift.model.schedule;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchedulerTest {
    private final Scheduler scheduler = new Scheduler();
    private static final Random RANDOM = new Random(7);

    /** Fails unless no skill is over capacity on any day and every prerequisite ends before its step. */
    static void assertFeasible(List<Activity> activities, Map<String, Integer> capacity, Schedule s) {
        Map<String, Activity> byId = new HashMap<>();
        activities.forEach(a -> byId.put(a.id(), a));
        int makespan = 0;
        for (Activity a : activities) {
            int start = s.starts().get(a.id());
            makespan = Math.max(makespan, start + a.duration());
            assertThat(start).as("release of " + a.id()).isGreaterThanOrEqualTo(a.releaseDay() == null ? 0 : a.releaseDay());
            for (String p : a.prerequisites()) {
                assertThat(start).as(a.id() + " after " + p)
                        .isGreaterThanOrEqualTo(s.starts().get(p) + byId.get(p).duration());
            }
        }
        for (int day = 0; day < makespan; day++) {
            Map<String, Integer> load = new HashMap<>();
            for (Activity a : activities) {
                int start = s.starts().get(a.id());
                if (start <= day && day < start + a.duration()) {
                    a.demand().forEach((skill, n) -> load.merge(skill, n, Integer::sum));
                }
            }
            int d = day;
            load.forEach((skill, n) -> assertThat(n).as(skill + " on day " + d)
                    .isLessThanOrEqualTo(capacity.getOrDefault(skill, 0)));
        }
        assertThat(s.makespan()).isEqualTo(makespan);
        assertThat(s.makespan()).isGreaterThanOrEqualTo(s.lowerBound());
    }

    static List<Activity> randomProblem(int n, String[] skills, int maxDemand) {
        List<Activity> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> preds = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                if (RANDOM.nextDouble() < 0.12) {
                    preds.add("a" + j);
                }
            }
            Map<String, Integer> demand = new HashMap<>();
            demand.put(skills[RANDOM.nextInt(skills.length)], 1 + RANDOM.nextInt(maxDemand));
            Integer release = RANDOM.nextDouble() < 0.1 ? RANDOM.nextInt(10) : null;
            out.add(new Activity("a" + i, RANDOM.nextInt(8), demand, preds, release));
        }
        return out;
    }

    @RepeatedTest(20)
    void everyScheduleIsFeasible() {
        Map<String, Integer> capacity = Map.of("backend", 2, "frontend", 1, "qa", 1);
        List<Activity> activities = randomProblem(25, new String[] {"backend", "frontend", "qa"}, 1);
        Schedule s = scheduler.schedule(activities, capacity);
        assertFeasible(activities, capacity, s);
        assertThat(s.starts()).hasSize(activities.size());
    }

    @Test
    void stepsCompetingForOnePersonRunOneAfterTheOther() {
        Map<String, Integer> capacity = Map.of("backend", 1);
        List<Activity> activities = List.of(Activity.of("a", 3, Map.of("backend", 1)),
                Activity.of("b", 2, Map.of("backend", 1)), Activity.of("c", 4, Map.of("backend", 1)));
        Schedule s = scheduler.schedule(activities, capacity);
        assertFeasible(activities, capacity, s);
        assertThat(s.makespan()).isEqualTo(9);
        assertThat(s.lowerBound()).isEqualTo(4);
    }

    @Test
    void findsTheOptimumWherePriorityRulesAloneWouldNot() {
        // A long chain on backend must start at once; a greedy "shortest first" order delays it.
        Map<String, Integer> capacity = Map.of("backend", 1, "qa", 1);
        List<Activity> activities = List.of(
                Activity.of("short1", 1, Map.of("backend", 1)),
                Activity.of("short2", 1, Map.of("backend", 1)),
                Activity.of("long", 5, Map.of("backend", 1)),
                Activity.of("verify", 5, Map.of("qa", 1), "long"));
        Schedule s = scheduler.schedule(activities, capacity);
        assertFeasible(activities, capacity, s);
        assertThat(s.makespan()).isEqualTo(10);
        assertThat(s.criticalPath()).containsExactly("long", "verify");
    }

    @Test
    void aReleaseDayPinsTheEarliestStart() {
        Map<String, Integer> capacity = Map.of("backend", 2);
        List<Activity> activities = List.of(new Activity("pinned", 2, Map.of("backend", 1), List.of(), 5),
                Activity.of("free", 2, Map.of("backend", 1)));
        Schedule s = scheduler.schedule(activities, capacity);
        assertThat(s.starts()).containsEntry("pinned", 5).containsEntry("free", 0);
    }

    @Test
    void theSameProblemGivesTheSameSchedule() {
        Map<String, Integer> capacity = Map.of("backend", 2, "frontend", 1);
        List<Activity> activities = randomProblem(30, new String[] {"backend", "frontend"}, 1);
        assertThat(new Scheduler().schedule(activities, capacity)).isEqualTo(new Scheduler().schedule(activities, capacity));
    }

    @Test
    void theCriticalPathIsAChainThatEndsTheSchedule() {
        Map<String, Integer> capacity = Map.of("backend", 2, "frontend", 1, "qa", 1);
        List<Activity> activities = randomProblem(30, new String[] {"backend", "frontend", "qa"}, 1);
        Schedule s = scheduler.schedule(activities, capacity);
        Map<String, Activity> byId = new HashMap<>();
        activities.forEach(a -> byId.put(a.id(), a));
        List<String> path = s.criticalPath();
        assertThat(path).isNotEmpty();
        String last = path.get(path.size() - 1);
        assertThat(s.starts().get(last) + byId.get(last).duration()).isEqualTo(s.makespan());
        for (int i = 1; i < path.size(); i++) {
            String before = path.get(i - 1);
            assertThat(s.starts().get(before) + byId.get(before).duration()).isEqualTo(s.starts().get(path.get(i)));
        }
    }

    @Test
    void refusesWhatCannotBeScheduledWithAClearReason() {
        Map<String, Integer> capacity = Map.of("backend", 1);
        assertThatThrownBy(() -> scheduler.schedule(List.of(Activity.of("a", 1, Map.of("backend", 2))), capacity))
                .hasMessage("step a needs 2 backend but the team has 1");
        assertThatThrownBy(() -> scheduler.schedule(List.of(Activity.of("a", 1, Map.of("ml", 1))), capacity))
                .hasMessage("step a needs 1 ml but the team has 0");
        assertThatThrownBy(() -> scheduler.schedule(List.of(Activity.of("a", 1, Map.of(), "x")), capacity))
                .hasMessageContaining("unknown prerequisite x");
        assertThatThrownBy(() -> scheduler.schedule(List.of(Activity.of("a", 1, Map.of(), "b"),
                Activity.of("b", 1, Map.of(), "a")), capacity)).hasMessageContaining("cycle");
    }

    @Test
    void nothingToScheduleTakesNoTime() {
        assertThat(scheduler.schedule(List.of(), Map.of()).makespan()).isZero();
    }
}
