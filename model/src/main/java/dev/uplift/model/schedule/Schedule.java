package dev.uplift.model.schedule;

import java.util.List;
import java.util.Map;

/**
 * A feasible schedule.
 *
 * @param starts       start day of every activity (its end is start + duration, exclusive)
 * @param makespan     the day the last activity ends
 * @param criticalPath a chain of activities, first to last, none of which can slip without the
 *                     makespan slipping (linked by prerequisite or by competing for a skill)
 * @param lowerBound   the critical-path length ignoring capacity: no schedule can be shorter
 */
public record Schedule(Map<String, Integer> starts, int makespan, List<String> criticalPath, int lowerBound) {
    public Schedule {
        starts = Map.copyOf(starts);
        criticalPath = List.copyOf(criticalPath);
    }
}
