package dev.uplift.model.plan;

import dev.uplift.model.Assessment;
import dev.uplift.model.Category;
import dev.uplift.model.ComponentAssessment;
import dev.uplift.model.Severity;
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
 *   <li>blockers first: a blocker step waits for nothing, and every other step of the same people
 *       waits for it;</li>
 *   <li>within a component, its critical security fixes before its quality, performance and error
 *       handling work;</li>
 *   <li>tests before risky refactoring: a high-risk step waits for its component's coverage step;</li>
 *   <li>the seed's phase order, per skill: a skill takes on a tier's steps after it has finished the
 *       previous tier's (so front-end work need not idle while infrastructure is hardened);</li>
 *   <li>what others depend on first: a step waits for the same kind of step in the components its
 *       component depends on, unless that would close a cycle with the links above;</li>
 *   <li>validation last: the validation step waits for every other step.</li>
 * </ol>
 */
final class StepLinks {
    static final int BLOCKER_PRIORITY = 100;
    /** Work that changes code a security fix may also touch: it waits for the component's critical security fixes. */
    private static final Set<Category> QUALITY_WORK = Set.of(Category.CODE_QUALITY, Category.PERFORMANCE,
            Category.ERROR_HANDLING);
    private StepLinks() {
    }

    static List<UpgradeStep> link(List<UpgradeStep> steps, Assessment assessment) {
        Map<String, UpgradeStep> byId = new HashMap<>();
        steps.forEach(s -> byId.put(s.id(), s));
        Map<String, Set<String>> prerequisites = new HashMap<>();
        List<UpgradeStep> blockers = steps.stream().filter(StepLinks::isBlocker).toList();
        Map<String, List<UpgradeStep>> criticalSecurity = criticalSecurityByComponent(steps, assessment);
        for (UpgradeStep s : steps) {
            Set<String> p = new LinkedHashSet<>();
            prerequisites.put(s.id(), p);
            if (isBlocker(s)) {
                continue; // nothing comes before a blocker
            }
            blockers.stream().filter(b -> b.demand().keySet().equals(s.demand().keySet())).forEach(b -> p.add(b.id()));
            // the tranches of a split coverage or documentation step follow each other
            int hash = s.id().lastIndexOf('#');
            if (hash > 0 && s.ruleId() == null) {
                String previous = s.id().substring(0, hash + 1) + (Integer.parseInt(s.id().substring(hash + 1)) - 1);
                if (byId.containsKey(previous)) {
                    p.add(previous);
                }
            }
            // tests before risky refactoring: the coverage step, or the first tranche of a split one
            for (String coverage : List.of(s.componentId() + ":coverage", s.componentId() + ":coverage#1")) {
                if (s.risk() == Risk.HIGH && byId.containsKey(coverage)) {
                    p.add(coverage);
                }
            }
            if (QUALITY_WORK.contains(s.category())) {
                criticalSecurity.getOrDefault(s.componentId(), List.of()).forEach(c -> p.add(c.id()));
            }
            p.addAll(previousTierOfSameSkill(s, steps));
        }
        // component dependencies last, and only where they close no cycle with the links above
        Map<String, List<String>> dependsOn = new HashMap<>();
        for (ComponentAssessment c : assessment.components()) {
            dependsOn.put(c.component().id(), c.component().dependsOn());
        }
        for (UpgradeStep s : steps) {
            if (isBlocker(s)) {
                continue;
            }
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

    /** Blocker steps are the ones placed in the first phase with the top priority (see StepFactory). */
    static boolean isBlocker(UpgradeStep s) {
        return s.priority() == BLOCKER_PRIORITY && s.phase().equals(PlanBuilder.firstPhase()) && s.ruleId() != null;
    }

    /** Per component, its security steps that fix critical or blocker findings: quality work there waits for them. */
    private static Map<String, List<UpgradeStep>> criticalSecurityByComponent(List<UpgradeStep> steps,
                                                                            Assessment assessment) {
        Map<String, ComponentAssessment> components = new HashMap<>();
        assessment.components().forEach(c -> components.put(c.component().id(), c));
        Map<String, List<UpgradeStep>> out = new HashMap<>();
        for (UpgradeStep s : steps) {
            ComponentAssessment c = components.get(s.componentId());
            if (c == null || s.ruleId() == null || s.category() != Category.SECURITY) {
                continue;
            }
            boolean critical = c.findings().stream().anyMatch(f -> f.ruleId().equals(s.ruleId()) && !f.isExempt()
                    && f.severity().compareTo(Severity.CRITICAL) <= 0);
            if (critical) {
                out.computeIfAbsent(s.componentId(), k -> new ArrayList<>()).add(s);
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
