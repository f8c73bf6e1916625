package dev.uplift.model.service;

import dev.uplift.model.plan.BurnDownPoint;
import dev.uplift.model.plan.Team;
import dev.uplift.model.plan.UpgradePlan;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Upgrade plans for the views. Implementations are thread-safe. */
public interface PlanService {

    /**
     * Plans again with another team (people and focus hours per skill), keeping the edits; the team is
     * stored and used for the repository's later plans.
     */
    UpgradePlan replan(Path repository, Team team);

    /**
     * Plans again so that the plan fits into {@code weeks} weeks of the team's time (five working days
     * each), deferring what does not fit with the reason; {@code null} makes the plan complete again.
     * Later re-plans keep the time box.
     *
     * @throws IllegalArgumentException when weeks is below 1
     */
    UpgradePlan timeBox(Path repository, Integer weeks);

    /** The team the repository is planned with: the one stored, else the default team. */
    Team team(Path repository);

    /** Every stored plan version of the repository on the burn-down, oldest first. */
    List<BurnDownPoint> burnDown(Path repository);

    /** The newest stored plan of the repository, if any. */
    Optional<UpgradePlan> latestPlan(Path repository);

    /**
     * Plans again from the latest assessment (assessing first when there is none), keeping the user's
     * edits and the steps' status, and stores the new plan version.
     */
    UpgradePlan replan(Path repository);

    /**
     * Pins a step to start on the working day or later (as dragging it on the timeline does), keeps
     * that edit for later plans, and plans again; the other steps re-level around it.
     */
    UpgradePlan pin(Path repository, String stepId, int day);

    /** Replaces a step's estimate with the user's (hours, above 0), keeps that edit, and plans again. */
    UpgradePlan estimate(Path repository, String stepId, double hours);

    /**
     * Makes a step wait for another one as well, keeps that edit, and plans again.
     *
     * @throws IllegalArgumentException when either step is not in the plan, or the wait would close a cycle
     */
    UpgradePlan waitFor(Path repository, String stepId, String prerequisiteId);

    /**
     * Gives a step to these people (per skill, from the team) instead of the generated ones, keeps that
     * edit, and plans again; more people shorten it.
     *
     * @throws IllegalArgumentException when a skill is not the team's or asks for more people than it has
     */
    UpgradePlan assign(Path repository, String stepId, Map<String, Integer> people);

    /** Leaves a step out of the plan, or puts it back, keeps that edit, and plans again. */
    UpgradePlan exclude(Path repository, String stepId, boolean excluded);
}
