package dev.uplift.model.plan;

/** A phase of the plan on the timeline, in working days from plan start (end exclusive). */
public record Phase(String name, int startDay, int endDay) {
}
