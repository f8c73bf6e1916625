package dev.uplift.model.schedule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Levels activities under skill capacities and makes the schedule as short as it can: day by day no
 * skill is over capacity and no activity starts before its prerequisites end (or before its release
 * day). The search is a genetic algorithm over activity lists (after Hartmann, 1998) decoded by the
 * serial schedule-generation scheme, seeded with priority-rule lists and polished by forward–backward
 * improvement; it stops early when it reaches the critical-path lower bound. Deterministic for a
 * given seed. Not thread-safe; cheap to create.
 */
public final class Scheduler {
    /** Default number of schedules generated per problem. */
    public static final int DEFAULT_BUDGET = 5000;

    private final long seed;
    private final int budget;

    public Scheduler() {
        this(42, DEFAULT_BUDGET);
    }

    public Scheduler(long seed, int budget) {
        this.seed = seed;
        this.budget = Math.max(1, budget);
    }

    /**
     * @throws IllegalArgumentException for unknown prerequisites, cycles, duplicate ids, or an activity
     *                                  that needs more of a skill than the capacity holds
     */
    public Schedule schedule(List<Activity> activities, Map<String, Integer> capacity) {
        Problem p = new Problem(activities, capacity);
        if (p.n == 0) {
            return new Schedule(Map.of(), 0, List.of(), 0);
        }
        ScheduleSearch search = new ScheduleSearch(p, new Random(seed), budget);
        int[] best = search.run();
        return toSchedule(p, best, search.lowerBound);
    }

    private static Schedule toSchedule(Problem p, int[] start, int lowerBound) {
        Map<String, Integer> starts = new HashMap<>();
        int makespan = 0;
        for (int i = 0; i < p.n; i++) {
            starts.put(p.ids[i], start[i]);
            makespan = Math.max(makespan, start[i] + p.duration[i]);
        }
        return new Schedule(starts, makespan, criticalPath(p, start, makespan), lowerBound);
    }

    /** Walks back from an activity that ends last, through whatever held each one back. */
    private static List<String> criticalPath(Problem p, int[] start, int makespan) {
        List<String> path = new ArrayList<>();
        int current = -1;
        for (int i = 0; i < p.n; i++) {
            if (start[i] + p.duration[i] == makespan && (current < 0 || p.duration[i] > p.duration[current])) {
                current = i;
            }
        }
        boolean[] seen = new boolean[p.n];
        while (current >= 0 && !seen[current]) {
            seen[current] = true;
            path.add(0, p.ids[current]);
            if (start[current] == 0 || start[current] == p.release[current]) {
                break;
            }
            current = blocker(p, start, current);
        }
        return path;
    }

    private static int blocker(Problem p, int[] start, int j) {
        for (int pred : p.predecessors[j]) {
            if (start[pred] + p.duration[pred] == start[j]) {
                return pred;
            }
        }
        for (int i = 0; i < p.n; i++) {
            if (i != j && p.duration[i] > 0 && start[i] + p.duration[i] == start[j] && sharesSkill(p, i, j)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean sharesSkill(Problem p, int a, int b) {
        for (int k = 0; k < p.skills; k++) {
            if (p.demand[a][k] > 0 && p.demand[b][k] > 0) {
                return true;
            }
        }
        return false;
    }
}
