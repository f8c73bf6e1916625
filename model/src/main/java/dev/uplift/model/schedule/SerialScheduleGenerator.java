package dev.uplift.model.schedule;

import java.util.Arrays;

/**
 * The serial schedule-generation scheme: takes activities in the order of a precedence-feasible list
 * and starts each at the earliest day its prerequisites, its release day and the remaining capacity
 * allow. Every list decodes to a feasible schedule, and some list decodes to an optimal one.
 * Not thread-safe: reuses its resource profile between calls.
 */
final class SerialScheduleGenerator {
    private final Problem p;
    private int[][] used; // used[day][skill]

    SerialScheduleGenerator(Problem problem) {
        this.p = problem;
        int horizon = 1;
        for (int i = 0; i < p.n; i++) {
            horizon += p.duration[i] + p.release[i];
        }
        used = new int[horizon][p.skills];
    }

    /** Start days for the activity list; {@code list} must put every activity after its predecessors. */
    int[] decode(int[] list) {
        for (int[] day : used) {
            Arrays.fill(day, 0);
        }
        int[] start = new int[p.n];
        for (int i : list) {
            int earliest = p.release[i];
            for (int pred : p.predecessors[i]) {
                earliest = Math.max(earliest, start[pred] + p.duration[pred]);
            }
            int t = earliest;
            while (!fits(i, t)) {
                t++;
            }
            start[i] = t;
            for (int d = t; d < t + p.duration[i]; d++) {
                for (int k = 0; k < p.skills; k++) {
                    used[d][k] += p.demand[i][k];
                }
            }
        }
        return start;
    }

    private boolean fits(int i, int t) {
        if (t + p.duration[i] > used.length) {
            used = Arrays.copyOf(used, (t + p.duration[i]) * 2);
            for (int d = 0; d < used.length; d++) {
                if (used[d] == null) {
                    used[d] = new int[p.skills];
                }
            }
        }
        for (int d = t; d < t + p.duration[i]; d++) {
            for (int k = 0; k < p.skills; k++) {
                if (p.demand[i][k] > 0 && used[d][k] + p.demand[i][k] > p.capacity[k]) {
                    return false;
                }
            }
        }
        return true;
    }

    int makespan(int[] start) {
        int end = 0;
        for (int i = 0; i < p.n; i++) {
            end = Math.max(end, start[i] + p.duration[i]);
        }
        return end;
    }
}
