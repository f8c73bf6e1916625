package dev.uplift.model.plan;

import dev.uplift.model.Assessment;
import dev.uplift.model.Category;
import dev.uplift.model.ComponentAssessment;
import dev.uplift.model.ScoreDeduction;
import dev.uplift.model.Severity;
import dev.uplift.model.scoring.ScoringModel;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How many readiness points each step wins back for its component, from the deductions its gap costs
 * today: a rule step wins its rule's points (times the category's readiness weight), shared by hours
 * among the parts of a split step; the security and readiness caps of a blocker go to the component's
 * blocker steps, the cap on an untested component to its coverage step; a coverage or documentation
 * step wins the distance to its target. An estimate: scores are not additive in every corner (a cap may remain
 * through another rule), so projections are rounded and capped at 10. Not thread-safe; one per plan.
 */
final class ReadinessGains {
    private final Map<String, Double> byStep = new HashMap<>();
    private final Assessment assessment;
    private Map<String, Double> shares;

    private ReadinessGains(Assessment assessment) {
        this.assessment = assessment;
    }

    static ReadinessGains of(List<UpgradeStep> steps, Assessment assessment) {
        ReadinessGains gains = new ReadinessGains(assessment);
        Map<String, ComponentAssessment> components = new HashMap<>();
        assessment.components().forEach(c -> components.put(c.component().id(), c));
        for (UpgradeStep s : steps) {
            ComponentAssessment c = components.get(s.componentId());
            if (c != null) {
                gains.byStep.put(s.id(), gains.gain(s, c, steps));
            }
        }
        return gains;
    }

    /** Readiness points the step's component gains. */
    double component(String stepId) {
        return byStep.getOrDefault(stepId, 0.0);
    }

    /** Repository readiness points the step gains: its component's, weighted by the component's lines. */
    double repository(UpgradeStep step) {
        if (shares == null) { // each component's share of the repository's lines, once
            shares = new HashMap<>();
            double total = assessment.components().stream().mapToDouble(ReadinessGains::weight).sum();
            assessment.components().forEach(c -> shares.put(c.component().id(), weight(c) / total));
        }
        return component(step.id()) * shares.getOrDefault(step.componentId(), 0.0);
    }

    /** The readiness reached once {@code done} are done. */
    ProjectedReadiness project(Collection<UpgradeStep> done) {
        Map<String, Double> perComponent = new HashMap<>();
        for (ComponentAssessment c : assessment.components()) {
            double gained = done.stream().filter(s -> c.component().id().equals(s.componentId()))
                    .mapToDouble(s -> component(s.id())).sum();
            perComponent.put(c.component().id(), round(Math.min(10, c.scores().readiness() + gained)));
        }
        double weighted = 0;
        double total = 0;
        for (ComponentAssessment c : assessment.components()) {
            weighted += perComponent.get(c.component().id()) * weight(c);
            total += weight(c);
        }
        double overall = total == 0 ? 0 : weighted / total;
        if (blockerLeft(done)) { // a blocker no step of the plan removes still holds the repository back
            overall = Math.min(overall, Assessment.BLOCKER_READINESS_CAP);
        }
        return new ProjectedReadiness(round(overall), perComponent);
    }

    private boolean blockerLeft(Collection<UpgradeStep> done) {
        for (ComponentAssessment c : assessment.components()) {
            for (var f : c.findings()) {
                if (f.severity() == Severity.BLOCKER && !f.isExempt() && done.stream().noneMatch(s ->
                        c.component().id().equals(s.componentId()) && f.ruleId().equals(s.ruleId()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private double gain(UpgradeStep s, ComponentAssessment c, List<UpgradeStep> steps) {
        if (s.ruleId() == null) {
            return targetGain(s, c, steps);
        }
        List<UpgradeStep> siblings = steps.stream().filter(o -> s.ruleId().equals(o.ruleId())
                && s.componentId().equals(o.componentId())).toList();
        double share = s.effortHours() / Math.max(1e-9, siblings.stream().mapToDouble(UpgradeStep::effortHours).sum());
        double points = 0;
        for (ScoreDeduction d : c.deductions()) {
            if (d.source().equals(s.ruleId())) {
                points += d.points() * weightOf(d.score());
            }
        }
        boolean blocker = c.findings().stream().anyMatch(f -> f.ruleId().equals(s.ruleId()) && !f.isExempt()
                && f.severity() == Severity.BLOCKER);
        if (blocker && s.category() == Category.SECURITY) {
            points += capPoints(c, "security-cap") * ScoringModel.readinessWeight(Category.SECURITY)
                    / countOf(c, steps, Severity.BLOCKER);
        }
        if (blocker) {
            points += capPoints(c, "readiness-cap") / countOf(c, steps, Severity.BLOCKER);
        }
        return points * share;
    }

    /** A coverage or documentation step wins the way from where its score is (or its previous tranche left it) to its target. */
    private double targetGain(UpgradeStep s, ComponentAssessment c, List<UpgradeStep> steps) {
        String base = s.id().contains("#") ? s.id().substring(0, s.id().indexOf('#')) : s.id();
        int part = s.id().contains("#") ? Integer.parseInt(s.id().substring(s.id().indexOf('#') + 1)) : 1;
        Optional<UpgradeStep> previous = steps.stream().filter(o -> o.id().equals(base + "#" + (part - 1))).findFirst();
        if (base.endsWith(":coverage")) { // the first tranche also lifts the cap on a component without any test
            double from = previous.map(p -> target(p, c)).orElse(c.scores().testCoverage());
            return Math.max(0, target(s, c) - from) / 10 * ScoringModel.readinessWeight(Category.TESTING)
                    + (part == 1 ? capPoints(c, "untested-cap") : 0);
        }
        if (base.endsWith(":documentation")) {
            double from = previous.map(p -> Math.min(10, target(p, c))).orElse(c.scores().documentation());
            return Math.max(0, Math.min(10, target(s, c)) - from) * ScoringModel.readinessWeight(Category.DOCUMENTATION);
        }
        return 0;
    }

    /** The target the step's score criterion names. */
    private static double target(UpgradeStep s, ComponentAssessment c) {
        return s.validation().stream().filter(v -> v.kind().equals(ValidationCriterion.SCORE_AT_LEAST))
                .mapToDouble(ValidationCriterion::threshold).findFirst().orElse(0);
    }

    /** Distinct rules of the component's steps with a finding at least this severe (security only for critical). */
    private static long countOf(ComponentAssessment c, List<UpgradeStep> steps, Severity severity) {
        return Math.max(1, steps.stream().filter(o -> c.component().id().equals(o.componentId()) && o.ruleId() != null)
                .filter(o -> severity == Severity.BLOCKER || o.category() == Category.SECURITY)
                .filter(o -> c.findings().stream().anyMatch(f -> f.ruleId().equals(o.ruleId()) && !f.isExempt()
                        && f.severity().compareTo(severity) <= 0))
                .map(UpgradeStep::ruleId).distinct().count());
    }

    private static double capPoints(ComponentAssessment c, String source) {
        return c.deductions().stream().filter(d -> d.source().equals(source)).mapToDouble(ScoreDeduction::points).sum();
    }

    private static double weightOf(String score) {
        for (Category category : Category.values()) {
            if (category.jsonKey().equals(score)) {
                return ScoringModel.readinessWeight(category);
            }
        }
        return ScoreDeduction.READINESS.equals(score) ? 1 : 0;
    }

    private static double weight(ComponentAssessment c) {
        return Math.max(1, c.metrics().linesOfCode());
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
