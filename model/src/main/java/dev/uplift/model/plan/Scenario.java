package dev.uplift.model.plan;

import java.time.LocalDate;
import java.util.Map;

/**
 * One team's version of the same plan, for comparing "what if we had one more back-end developer?".
 *
 * @param team         people per skill
 * @param makespanDays working days until the last open step ends
 * @param readyBy      the date that is
 * @param personDays   working days of people the open steps take, all skills together
 * @param bindingSkill the skill busiest over the plan (its person-days over its people × the makespan):
 *                     the one more people would shorten the plan most; null without open steps
 */
public record Scenario(Map<String, Integer> team, int makespanDays, LocalDate readyBy, int personDays,
                       String bindingSkill) {
    public Scenario {
        team = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(team));
    }

    /** The scenario a plan describes. */
    public static Scenario of(UpgradePlan plan) {
        Map<String, Integer> used = new java.util.HashMap<>();
        int personDays = 0;
        for (UpgradeStep s : plan.steps()) {
            if (s.isOpen()) {
                for (Map.Entry<String, Integer> d : s.demand().entrySet()) {
                    used.merge(d.getKey(), d.getValue() * s.durationDays(), Integer::sum);
                    personDays += d.getValue() * s.durationDays();
                }
            }
        }
        String binding = null;
        double busiest = -1;
        for (Map.Entry<String, Integer> u : used.entrySet()) {
            int people = plan.capacity().getOrDefault(u.getKey(), 0);
            double load = people == 0 || plan.makespanDays() == 0 ? Double.MAX_VALUE
                    : (double) u.getValue() / (people * plan.makespanDays());
            if (load > busiest || load == busiest && u.getKey().compareTo(binding) < 0) {
                busiest = load;
                binding = u.getKey();
            }
        }
        return new Scenario(plan.capacity(), plan.makespanDays(), plan.readyBy(), personDays, binding);
    }
}
