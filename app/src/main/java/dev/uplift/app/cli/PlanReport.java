package dev.uplift.app.cli;

import dev.uplift.model.plan.DeferredStep;
import dev.uplift.model.plan.Phase;
import dev.uplift.model.plan.ProjectedReadiness;
import dev.uplift.model.plan.Scenario;
import dev.uplift.model.plan.StepStatus;
import dev.uplift.model.plan.UpgradePlan;
import dev.uplift.model.plan.UpgradeStep;

import java.io.PrintWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The plan as the terminal shows it: phases, then the steps in start order, critical ones starred. */
final class PlanReport {
    private PlanReport() {
    }

    static void print(UpgradePlan plan, PrintWriter out) {
        out.printf("Upgrade plan for %s (assessment %s)%n", plan.repository(), plan.assessmentId());
        out.printf("Team: %s · %d steps (%d verified, %d regressed, %d excluded) · %d working days from %s · ready by %s%n%n",
                plan.capacity().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")),
                plan.steps().size(), plan.count(StepStatus.VERIFIED), plan.count(StepStatus.REGRESSED),
                plan.count(StepStatus.EXCLUDED), plan.makespanDays(), plan.startDate(), plan.readyBy());
        for (Phase p : plan.phases()) {
            out.printf(Locale.ROOT, "  %-20s days %3d–%-3d%n", p.name(), p.startDay(), p.endDay());
        }
        out.println();
        Set<String> critical = new HashSet<>(plan.criticalPath());
        out.printf("   %-34s %-62s %-4s %3s %-6s %6s %5s  %-9s %s%n", "ID", "STEP", "TIER", "PRI", "RISK", "HOURS",
                "DAYS", "START–END", "STATUS");
        for (UpgradeStep s : plan.steps()) {
            out.printf(Locale.ROOT, " %s %-34s %-62s %-4s %3d %-6s %6.1f %5d  %-9s %s%n",
                    critical.contains(s.id()) ? "*" : " ", cut(s.id(), 34), cut(s.title(), 62),
                    s.tier() == null ? "-" : s.tier().name(), s.priority(), s.risk().name().toLowerCase(Locale.ROOT),
                    s.effortHours(), s.durationDays(), s.isOpen() ? s.startDay() + "–" + s.endDay() : "-",
                    s.status().name().toLowerCase(Locale.ROOT));
        }
        out.println();
        out.println("* on the critical path: these steps set the end date.");
        if (plan.timeBoxDays() != null) {
            out.printf(Locale.ROOT, "%nTime box: %d working days · %d steps fit · %d deferred%n", plan.timeBoxDays(),
                    plan.steps().stream().filter(UpgradeStep::isOpen).count(), plan.deferred().size());
            for (DeferredStep d : plan.deferred()) {
                out.printf(Locale.ROOT, "   deferred %-34s %-62s %6.1f h  %s%n", cut(d.step().id(), 34),
                        cut(d.step().title(), 62), d.step().effortHours(), d.reason());
            }
        }
        ProjectedReadiness projected = plan.projectedReadiness();
        if (!projected.components().isEmpty()) {
            out.printf(Locale.ROOT, "%nProjected readiness once these steps are done: %.1f / 10%n", projected.overall());
        }
        out.flush();
    }

    /** One row per team: what the same plan takes with it. */
    static void scenarios(List<Scenario> scenarios, PrintWriter out) {
        out.printf("%nScenarios (the same steps for each team):%n");
        out.printf("   %-40s %9s %-11s %11s  %s%n", "TEAM", "DAYS", "READY BY", "PERSON-DAYS", "BINDING SKILL");
        for (int i = 0; i < scenarios.size(); i++) {
            Scenario s = scenarios.get(i);
            String team = s.team().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining(", "));
            out.printf(Locale.ROOT, " %s %-40s %9d %-11s %11d  %s%n", i == 0 ? "*" : " ", cut(team, 40), s.makespanDays(),
                    s.readyBy(), s.personDays(), s.bindingSkill() == null ? "-" : s.bindingSkill());
        }
        out.println("* the current team");
        out.flush();
    }

    private static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
