package dev.uplift.model.schedule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * The search behind {@link Scheduler}: a genetic algorithm over activity lists (after Hartmann, 1998)
 * decoded by the serial schedule-generation scheme, seeded with priority-rule lists and biased random
 * sampling, polished by forward–backward improvement. One per problem; not thread-safe.
 */
final class ScheduleSearch {

    private static final int POPULATION = 40;
    private static final double MUTATION = 0.05;

    final Problem p;
    private final int budget;
    final Random random;
    final SerialScheduleGenerator forward;
    final SerialScheduleGenerator backward;
    final Problem reversed;
    final int lowerBound;
    final int[] latestFinish;
    int generated;
    int[] bestStart;
    int bestMakespan = Integer.MAX_VALUE;

    ScheduleSearch(Problem p, Random random, int budget) {
        this.budget = budget;
        this.p = p;
        this.random = random;
        this.forward = new SerialScheduleGenerator(p);
        this.reversed = p.reversed();
        this.backward = new SerialScheduleGenerator(reversed);
        int[] earliestFinish = earliestFinish();
        this.lowerBound = Arrays.stream(earliestFinish).max().orElse(0);
        this.latestFinish = latestFinish(lowerBound);
    }

    int[] run() {
        List<int[]> population = new ArrayList<>();
        population.add(priorityList(Comparator.comparingInt((Integer i) -> latestFinish[i])));
        population.add(priorityList(Comparator.comparingInt((Integer i) -> latestFinish[i] - p.duration[i])));
        population.add(priorityList(Comparator.comparingInt((Integer i) -> -totalSuccessors(i))));
        population.add(priorityList(Comparator.comparingInt((Integer i) -> -totalDemand(i))));
        while (population.size() < POPULATION) {
            population.add(biasedRandomList());
        }
        List<int[]> scored = new ArrayList<>();
        for (int[] list : population) {
            scored.add(improve(list));
            if (bestMakespan == lowerBound) {
                return bestStart;
            }
        }
        while (generated < budget && bestMakespan > lowerBound) {
            scored.sort(Comparator.comparingInt(this::makespanOf));
            List<int[]> next = new ArrayList<>(scored.subList(0, POPULATION / 2));
            while (next.size() < POPULATION && generated < budget) {
                int[] mother = next.get(random.nextInt(POPULATION / 2));
                int[] father = next.get(random.nextInt(POPULATION / 2));
                int[] child = mutate(crossover(mother, father));
                next.add(generated % 10 == 0 ? improve(child) : evaluate(child));
            }
            scored = next;
        }
        return bestStart;
    }

    /** Cached makespans by identity of the list array. */
    private final Map<int[], Integer> makespans = new java.util.IdentityHashMap<>();

    private int makespanOf(int[] list) {
        return makespans.get(list);
    }

    private int[] evaluate(int[] list) {
        int[] start = forward.decode(list);
        generated++;
        record(list, start);
        return list;
    }

    /** Forward–backward improvement: justify right, then left, while the makespan shrinks. */
    private int[] improve(int[] list) {
        int[] start = forward.decode(list);
        generated++;
        int makespan = forward.makespan(start);
        int[] current = list;
        for (int round = 0; round < 4; round++) {
            int[] finishOrder = order(i -> -(start[i] + p.duration[i]), reversed);
            int[] backStart = backward.decode(finishOrder);
            int backMakespan = backward.makespan(backStart);
            int[] realStart = new int[p.n];
            for (int i = 0; i < p.n; i++) {
                realStart[i] = backMakespan - backStart[i] - p.duration[i];
            }
            int[] list2 = order(i -> realStart[i], p);
            int[] start2 = forward.decode(list2);
            generated += 2;
            int makespan2 = forward.makespan(start2);
            if (makespan2 >= makespan) {
                break;
            }
            makespan = makespan2;
            current = list2;
            System.arraycopy(start2, 0, start, 0, p.n);
        }
        record(current, start);
        return current;
    }

    private void record(int[] list, int[] start) {
        int makespan = forward.makespan(start);
        makespans.put(list, makespan);
        if (makespan < bestMakespan) {
            bestMakespan = makespan;
            bestStart = start.clone();
        }
    }

    /** Activities sorted by a key, ties by topological rank of {@code problem} (keeps precedence). */
    private int[] order(java.util.function.IntUnaryOperator key, Problem problem) {
        return IntStream.range(0, p.n).boxed()
                .sorted(Comparator.comparingInt((Integer i) -> key.applyAsInt(i))
                        .thenComparingInt(i -> problem.topologicalRank[i]))
                .mapToInt(Integer::intValue).toArray();
    }

    /** Two-point crossover that keeps both parents' precedence feasibility. */
    private int[] crossover(int[] mother, int[] father) {
        int a = random.nextInt(p.n);
        int b = a + random.nextInt(p.n - a);
        int[] child = new int[p.n];
        boolean[] taken = new boolean[p.n];
        int k = 0;
        for (int i = 0; i < a; i++) {
            child[k++] = mother[i];
            taken[mother[i]] = true;
        }
        for (int i = 0; i < p.n && k < b; i++) {
            if (!taken[father[i]]) {
                child[k++] = father[i];
                taken[father[i]] = true;
            }
        }
        for (int i = 0; i < p.n; i++) {
            if (!taken[mother[i]]) {
                child[k++] = mother[i];
                taken[mother[i]] = true;
            }
        }
        return child;
    }

    /** Swaps neighbours that are not prerequisite-linked. */
    private int[] mutate(int[] list) {
        for (int i = 0; i + 1 < list.length; i++) {
            if (random.nextDouble() < MUTATION && !isPredecessor(list[i], list[i + 1])) {
                int tmp = list[i];
                list[i] = list[i + 1];
                list[i + 1] = tmp;
            }
        }
        return list;
    }

    private boolean isPredecessor(int a, int b) {
        for (int pred : p.predecessors[b]) {
            if (pred == a) {
                return true;
            }
        }
        return false;
    }

    /** A precedence-feasible list picking, among eligible activities, the smallest key first. */
    private int[] priorityList(Comparator<Integer> key) {
        return buildList((eligible) -> eligible.stream().min(key.thenComparingInt(i -> i)).orElseThrow());
    }

    /** Regret-based biased random sampling on latest finish times. */
    private int[] biasedRandomList() {
        return buildList(eligible -> {
            int worst = eligible.stream().mapToInt(i -> latestFinish[i]).max().orElse(0);
            double[] weights = new double[eligible.size()];
            double total = 0;
            for (int j = 0; j < weights.length; j++) {
                weights[j] = worst - latestFinish[eligible.get(j)] + 1;
                total += weights[j];
            }
            double r = random.nextDouble() * total;
            for (int j = 0; j < weights.length; j++) {
                r -= weights[j];
                if (r <= 0) {
                    return eligible.get(j);
                }
            }
            return eligible.get(eligible.size() - 1);
        });
    }

    private int[] buildList(java.util.function.Function<List<Integer>, Integer> choose) {
        int[] remainingPreds = new int[p.n];
        List<Integer> eligible = new ArrayList<>();
        for (int i = 0; i < p.n; i++) {
            remainingPreds[i] = p.predecessors[i].length;
            if (remainingPreds[i] == 0) {
                eligible.add(i);
            }
        }
        int[] list = new int[p.n];
        for (int k = 0; k < p.n; k++) {
            int chosen = choose.apply(eligible);
            eligible.remove(Integer.valueOf(chosen));
            list[k] = chosen;
            for (int s : p.successors[chosen]) {
                if (--remainingPreds[s] == 0) {
                    eligible.add(s);
                }
            }
        }
        return list;
    }

    private int[] earliestFinish() {
        int[] order = order(i -> 0, p);
        int[] finish = new int[p.n];
        for (int i : order) {
            int start = p.release[i];
            for (int pred : p.predecessors[i]) {
                start = Math.max(start, finish[pred]);
            }
            finish[i] = start + p.duration[i];
        }
        return finish;
    }

    private int[] latestFinish(int horizon) {
        int[] order = order(i -> -p.topologicalRank[i], p);
        int[] latest = new int[p.n];
        for (int i : order) {
            int finish = horizon;
            for (int s : p.successors[i]) {
                finish = Math.min(finish, latest[s] - p.duration[s]);
            }
            latest[i] = finish;
        }
        return latest;
    }

    private int totalSuccessors(int i) {
        return p.successors[i].length;
    }

    private int totalDemand(int i) {
        return Arrays.stream(p.demand[i]).sum() * p.duration[i];
    }
}
