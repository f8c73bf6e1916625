package dev.uplift.model.schedule;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Something to schedule.
 *
 * @param duration      working days, 0 or more
 * @param demand        people needed per skill while it runs, e.g. {@code {"backend": 1}}
 * @param prerequisites ids of activities that must end before this one starts
 * @param releaseDay    the earliest day it may start (a pinned start), or null
 */
public record Activity(String id, int duration, Map<String, Integer> demand, List<String> prerequisites,
                       Integer releaseDay) {
    public Activity {
        Objects.requireNonNull(id, "id");
        if (duration < 0) {
            throw new IllegalArgumentException("step " + id + " has a negative duration");
        }
        demand = Map.copyOf(demand);
        prerequisites = List.copyOf(prerequisites);
    }

    public static Activity of(String id, int duration, Map<String, Integer> demand, String... prerequisites) {
        return new Activity(id, duration, demand, List.of(prerequisites), null);
    }
}
