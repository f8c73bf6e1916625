package dev.uplift.model.plan;

import dev.uplift.model.Assessment;
import dev.uplift.model.Category;
import dev.uplift.model.ComponentAssessment;
import dev.uplift.model.Tier;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sets prerequisites between steps:
 * <ol>
 *   <li>tests before risky refactoring: a high-risk step waits for its component's coverage step;</li>
 *   <li>the seed's phase order, per skill: a skill takes on a tier's steps after it has finished the
 *       previous tier's (so front-end work need not idle while infrastructure is hardened);</li>
 *   <li>what others depend on first: a step waits for the same kind of step in the components its
 *       component depends on, unless that would close a cycle with the links above;</li>
 *   <li>validation last: the validation step waits for every other step.</li>
 * </ol>
 */
final class StepLinks {
    private StepLinks() {
    }

    static List<UpgradeStep> link(List<UpgradeStep> steps, Assessment assessment) {
        Map<String, UpgradeStep> byId = new HashMap<>();
        steps.forEach(s -> byId.put(s.id(), s));
        Map<String, Set<String>> prerequisites = new HashMap<>();
        for (UpgradeStep s : steps) {
            Set<String> p = new LinkedHashSet<>();
            String coverage = s.componentId() + ":coverage";
            if (s.risk() == Risk.HIGH && byId.containsKey(coverage)) {
                p.add(coverage);
            }
            p.addAll(previousTierOfSameSkill(s, steps));
            prerequisites.put(s.id(), p);
        }
        // component dependencies last, and only where they close no cycle with the links above
        Map<String, List<String>> dependsOn = new HashMap<>();
        for (ComponentAssessment c : assessment.components()) {
            dependsOn.put(c.component().id(), c.component().dependsOn());
        }
        for (UpgradeStep s : steps) {
            for (String dependency : dependsOn.getOrDefault(s.componentId(), List.of())) {
                for (UpgradeStep other : steps) {
                    if (dependency.equals(other.componentId()) && other.category() == s.category()
                            && s.category() != Category.DOCUMENTATION && !reaches(prerequisites, other.id(), s.id())) {
                        prerequisites.get(s.id()).add(other.id());
                    }
                }
            }
        }
        List<UpgradeStep> out = new ArrayList<>();
        for (UpgradeStep s : steps) {
            if (s.id().equals(StepFactory.VALIDATION_STEP)) {
                out.add(s.withPrerequisites(steps.stream().map(UpgradeStep::id).filter(id -> !id.equals(s.id())).toList()));
            } else {
                out.add(s.withPrerequisites(List.copyOf(prerequisites.get(s.id()))));
            }
        }
        return out;
    }

    /** Whether {@code from} already waits, directly or through others, for {@code to}. */
    private static boolean reaches(Map<String, Set<String>> prerequisites, String from, String to) {
        return Prerequisites.waitsOn(from, to, id -> prerequisites.getOrDefault(id, Set.of()));
    }

    private static List<String> previousTierOfSameSkill(UpgradeStep s, List<UpgradeStep> steps) {
        if (s.tier() == null) {
            return List.of();
        }
        for (int t = s.tier().ordinal() - 1; t >= 0; t--) {
            Tier previous = Tier.values()[t];
            List<String> ids = steps.stream().filter(o -> o.tier() == previous && o.demand().keySet().equals(s.demand().keySet()))
                    .map(UpgradeStep::id).toList();
            if (!ids.isEmpty()) {
                return ids;
            }
        }
        return List.of();
    }
}
