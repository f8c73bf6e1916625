package dev.uplift.model.schedule;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The scheduling problem in arrays, validated: every prerequisite exists, there is no cycle, and no
 * activity needs more people of a skill than the team has.
 */
final class Problem {
    final int n;
    final int skills;
    final int[] duration;
    final int[][] demand;
    final int[] capacity;
    final int[] release;
    final int[][] predecessors;
    final int[][] successors;
    final int[] topologicalRank;
    final String[] ids;
    final String[] skillNames;

    Problem(List<Activity> activities, Map<String, Integer> capacityBySkill) {
        n = activities.size();
        ids = new String[n];
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            ids[i] = activities.get(i).id();
            if (index.put(ids[i], i) != null) {
                throw new IllegalArgumentException("step id " + ids[i] + " is used twice");
            }
        }
        TreeSet<String> names = new TreeSet<>(capacityBySkill.keySet());
        activities.forEach(a -> names.addAll(a.demand().keySet()));
        skillNames = names.toArray(String[]::new);
        skills = skillNames.length;
        capacity = new int[skills];
        for (int k = 0; k < skills; k++) {
            capacity[k] = capacityBySkill.getOrDefault(skillNames[k], 0);
        }
        duration = new int[n];
        demand = new int[n][skills];
        release = new int[n];
        List<List<Integer>> preds = new ArrayList<>();
        List<List<Integer>> succs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            preds.add(new ArrayList<>());
            succs.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            Activity a = activities.get(i);
            duration[i] = a.duration();
            release[i] = a.releaseDay() == null ? 0 : Math.max(0, a.releaseDay());
            for (int k = 0; k < skills; k++) {
                int need = a.demand().getOrDefault(skillNames[k], 0);
                if (need < 0) {
                    throw new IllegalArgumentException("step " + a.id() + " has a negative demand for " + skillNames[k]);
                }
                if (need > capacity[k]) {
                    throw new IllegalArgumentException("step " + a.id() + " needs " + need + " " + skillNames[k]
                            + " but the team has " + capacity[k]);
                }
                demand[i][k] = need;
            }
            for (String p : a.prerequisites()) {
                Integer j = index.get(p);
                if (j == null) {
                    throw new IllegalArgumentException("step " + a.id() + " names an unknown prerequisite " + p);
                }
                preds.get(i).add(j);
                succs.get(j).add(i);
            }
        }
        predecessors = toArrays(preds);
        successors = toArrays(succs);
        topologicalRank = topologicalRanks();
    }

    private int[] topologicalRanks() {
        int[] indegree = new int[n];
        for (int i = 0; i < n; i++) {
            indegree[i] = predecessors[i].length;
        }
        Deque<Integer> ready = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            if (indegree[i] == 0) {
                ready.add(i);
            }
        }
        int[] rank = new int[n];
        int next = 0;
        while (!ready.isEmpty()) {
            int i = ready.poll();
            rank[i] = next++;
            for (int s : successors[i]) {
                if (--indegree[s] == 0) {
                    ready.add(s);
                }
            }
        }
        if (next < n) {
            List<String> inCycle = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (indegree[i] > 0) {
                    inCycle.add(ids[i]);
                }
            }
            throw new IllegalArgumentException("prerequisites form a cycle among " + inCycle);
        }
        return rank;
    }

    /** The same problem with every precedence reversed and no release days (for backward passes). */
    Problem reversed() {
        return new Problem(this);
    }

    private Problem(Problem forward) {
        n = forward.n;
        skills = forward.skills;
        duration = forward.duration;
        demand = forward.demand;
        capacity = forward.capacity;
        release = new int[n];
        predecessors = forward.successors;
        successors = forward.predecessors;
        ids = forward.ids;
        skillNames = forward.skillNames;
        topologicalRank = new int[n];
        for (int i = 0; i < n; i++) {
            topologicalRank[i] = n - 1 - forward.topologicalRank[i];
        }
    }

    private static int[][] toArrays(List<List<Integer>> lists) {
        int[][] out = new int[lists.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = lists.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        return out;
    }
}
