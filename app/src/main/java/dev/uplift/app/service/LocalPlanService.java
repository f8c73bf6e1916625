package dev.uplift.app.service;

import dev.uplift.app.plan.PlanStore;
import dev.uplift.model.Assessment;
import dev.uplift.model.ProductionStandards;
import dev.uplift.model.Rule;
import dev.uplift.model.plan.BurnDownPoint;
import dev.uplift.model.plan.PlanBuilder;
import dev.uplift.model.plan.Scenario;
import dev.uplift.model.plan.StepStatus;
import dev.uplift.model.plan.Team;
import dev.uplift.model.plan.UpgradePlan;
import dev.uplift.model.plan.UpgradeStep;
import dev.uplift.model.plan.WorkingDays;
import dev.uplift.model.schedule.Scheduler;
import dev.uplift.model.service.Cancellation;
import dev.uplift.model.service.PlanService;
import dev.uplift.model.service.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Builds, stores and re-validates plans on the local store. Thread-safe. */
public final class LocalPlanService implements PlanService {
    private static final Logger LOG = LoggerFactory.getLogger(LocalPlanService.class);

    private final LocalAssessmentService assessments;
    private final PlanStore plans;
    private final Map<String, Rule> rules;
    private final Clock clock;

    public LocalPlanService(LocalAssessmentService assessments, PlanStore plans, Map<String, Rule> rules, Clock clock) {
        this.assessments = assessments;
        this.plans = plans;
        this.rules = Map.copyOf(rules);
        this.clock = clock;
    }

    @Override
    public Optional<UpgradePlan> latestPlan(Path repository) {
        return plans.latest(LocalAssessmentService.key(repository));
    }

    @Override
    public UpgradePlan replan(Path repository) {
        return plan(repository, team(LocalAssessmentService.key(repository)), null, timeBoxOf(repository));
    }

    @Override
    public UpgradePlan replan(Path repository, Team team) {
        return plan(repository, team, null, timeBoxOf(repository));
    }

    @Override
    public UpgradePlan timeBox(Path repository, Integer weeks) {
        if (weeks != null && weeks < 1) {
            throw new IllegalArgumentException("a time box is 1 week or more");
        }
        return plan(repository, team(LocalAssessmentService.key(repository)), null,
                weeks == null ? null : weeks * WorkingDays.PER_WEEK);
    }

    /** The time box of the latest plan (re-plans keep it), or null. */
    private Integer timeBoxOf(Path repository) {
        return plans.latest(LocalAssessmentService.key(repository)).map(UpgradePlan::timeBoxDays).orElse(null);
    }

    @Override
    public Team team(Path repository) {
        return team(LocalAssessmentService.key(repository));
    }

    /** The stored team, else the one the latest plan tells (people per skill), else the default team. */
    private Team team(String key) {
        return plans.team(key).orElseGet(() -> plans.latest(key).map(LocalPlanService::teamOf).orElse(Team.defaults()));
    }

    /**
     * Plans from the latest assessment (assessing first when there is none) with the team, starting on
     * {@code start} (null: today), and stores the plan.
     */
    public UpgradePlan plan(Path repository, Team team, LocalDate start) {
        return plan(repository, team, start, null);
    }

    /**
     * As {@link #plan(Path, Team, LocalDate)}, fitting the plan into {@code timeBoxDays} working days
     * (null: complete).
     */
    public UpgradePlan plan(Path repository, Team team, LocalDate start, Integer timeBoxDays) {
        String key = LocalAssessmentService.key(repository);
        plans.saveTeam(key, team);
        Assessment latest = assessments.latest(repository)
                .orElseGet(() -> assessments.assess(repository, ProgressListener.NONE, Cancellation.NEVER));
        return build(latest, assessments.standard(), team, start, plans.latest(key).orElse(null), timeBoxDays);
    }

    /** After an assessment: when the repository has a plan, re-validate its steps in a new plan version. */
    public void onAssessed(Assessment assessment, ProductionStandards standard) {
        Optional<UpgradePlan> previous = plans.latest(assessment.repository());
        if (previous.isPresent()) {
            UpgradePlan plan = build(assessment, standard, team(assessment.repository()), previous.get().startDate(),
                    previous.get(), previous.get().timeBoxDays());
            LOG.info("re-validated plan of {}: {} verified, {} regressed", assessment.repository(),
                    plan.count(StepStatus.VERIFIED),
                    plan.count(StepStatus.REGRESSED));
        }
    }

    /** Plans from the assessment, carrying status and start date over from {@code previous} (may be null). */
    private UpgradePlan build(Assessment assessment, ProductionStandards standard, Team team, LocalDate start,
                              UpgradePlan previous, Integer timeBoxDays) {
        UpgradePlan plan = draft(assessment, standard, team, start, previous, timeBoxDays);
        plans.save(plan);
        return plan;
    }

    /** The plan the team would have, made like the stored one but not stored. */
    private UpgradePlan draft(Assessment assessment, ProductionStandards standard, Team team, LocalDate start,
                              UpgradePlan previous, Integer timeBoxDays) {
        String key = assessment.repository();
        LocalDate startDate = start != null ? start : previous != null ? previous.startDate() : LocalDate.now(clock);
        return new PlanBuilder(new Scheduler()).build(UUID.randomUUID().toString(), Instant.now(clock),
                new PlanBuilder.Inputs(assessment, standard, team, rules, plans.edits(key), previous, startDate,
                        timeBoxDays));
    }

    /**
     * The same plan for other teams, side by side (nothing is stored): the latest plan's steps, edits and
     * start date, each scheduled for one of the teams.
     */
    public List<Scenario> compare(Path repository, List<Team> teams) {
        String key = LocalAssessmentService.key(repository);
        Assessment latest = assessments.latest(repository)
                .orElseGet(() -> assessments.assess(repository, ProgressListener.NONE, Cancellation.NEVER));
        UpgradePlan previous = plans.latest(key).orElse(null);
        List<Scenario> out = new ArrayList<>();
        for (Team team : teams) {
            out.add(Scenario.of(draft(latest, assessments.standard(), team, null, previous,
                    previous == null ? null : previous.timeBoxDays())));
        }
        return out;
    }

    /** The team a stored plan was made with, as far as the plan tells (people per skill). */
    private static Team teamOf(UpgradePlan plan) {
        Map<String, Team.Skill> skills = new LinkedHashMap<>();
        plan.capacity().forEach((skill, people) -> skills.put(skill, new Team.Skill(people, 6)));
        return skills.isEmpty() ? Team.defaults() : new Team(skills);
    }

    @Override
    public List<BurnDownPoint> burnDown(Path repository) {
        return plans.history(LocalAssessmentService.key(repository)).stream()
                .map(BurnDownPoint::of).toList();
    }

    @Override
    public UpgradePlan pin(Path repository, String stepId, int day) {
        if (day < 0) {
            throw new IllegalArgumentException("a step cannot start before the plan's first day");
        }
        edit(repository, Map.of(stepId, day), Map.of(), Set.of(), Set.of());
        return replan(repository);
    }

    @Override
    public UpgradePlan estimate(Path repository, String stepId, double hours) {
        if (!(hours > 0) || Double.isInfinite(hours)) {
            throw new IllegalArgumentException("an estimate is a number of hours above 0");
        }
        edit(repository, Map.of(), Map.of(stepId, hours), Set.of(), Set.of());
        return replan(repository);
    }

    @Override
    public UpgradePlan waitFor(Path repository, String stepId, String prerequisiteId) {
        String key = LocalAssessmentService.key(repository);
        UpgradePlan plan = plans.latest(key).orElseThrow(() -> new IllegalStateException("no plan of " + key + " yet"));
        Map<String, UpgradeStep> byId = new HashMap<>();
        plan.steps().forEach(st -> byId.put(st.id(), st));
        if (!byId.containsKey(stepId) || !byId.containsKey(prerequisiteId) || stepId.equals(prerequisiteId)) {
            throw new IllegalArgumentException("both steps must be in the plan, and differ: " + stepId + ", "
                    + prerequisiteId);
        }
        if (plan.waitsOn(prerequisiteId, stepId)) {
            throw new IllegalArgumentException("'" + byId.get(prerequisiteId).title() + "' already waits for '"
                    + byId.get(stepId).title() + "': the other way round would be a cycle");
        }
        List<String> waits = new ArrayList<>(plans.edits(key).waitsFor().getOrDefault(stepId, List.of()));
        if (!waits.contains(prerequisiteId)) {
            waits.add(prerequisiteId);
        }
        plans.waitsFor(key, stepId, waits);
        return replan(repository);
    }

    @Override
    public UpgradePlan assign(Path repository, String stepId, Map<String, Integer> people) {
        String key = LocalAssessmentService.key(repository);
        Team team = team(key);
        for (Map.Entry<String, Integer> e : people.entrySet()) {
            int has = team.capacity().getOrDefault(e.getKey(), 0);
            if (e.getValue() < 0 || e.getValue() > has) {
                throw new IllegalArgumentException("the team has " + has + " " + e.getKey() + (has == 1 ? "" : "s")
                        + ", not " + e.getValue());
            }
        }
        Map<String, Integer> kept = new LinkedHashMap<>();
        people.forEach((skill, n) -> {
            if (n > 0) {
                kept.put(skill, n);
            }
        });
        plans.assign(key, stepId, kept);
        return replan(repository);
    }

    @Override
    public UpgradePlan exclude(Path repository, String stepId, boolean excluded) {
        edit(repository, Map.of(), Map.of(), excluded ? Set.of(stepId) : Set.of(),
                excluded ? Set.of() : Set.of(stepId));
        return replan(repository);
    }

    /** Records the user's edits to steps of the repository's plan; they apply from the next plan on. */
    public void edit(Path repository, Map<String, Integer> pins, Map<String, Double> estimates,
                     Set<String> exclude, Set<String> include) {
        plans.edit(LocalAssessmentService.key(repository), pins, estimates, exclude, include);
    }
}
