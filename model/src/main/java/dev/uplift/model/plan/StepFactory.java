package dev.uplift.model.plan;

import dev.uplift.model.Assessment;
import dev.uplift.model.Category;
import dev.uplift.model.ComponentAssessment;
import dev.uplift.model.Finding;
import dev.uplift.model.ProductionStandards;
import dev.uplift.model.Rule;
import dev.uplift.model.ScoreDeduction;
import dev.uplift.model.Severity;
import dev.uplift.model.Tier;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns an assessment's gaps into unscheduled steps: one per rule that costs a component points,
 * one for a coverage gap, one for a documentation gap, and a final validation step. Steps come
 * from what costs points, so exempt findings and findings in test code never become work.
 */
final class StepFactory {
    static final String VALIDATION_STEP = "validate";
    static final double HOURS_PER_TESTED_FILE = 3.0;
    static final double HOURS_PER_UNDOCUMENTED_API = 0.25;
    static final double HOURS_FOR_README = 2.0;

    private final ProductionStandards standard;
    private final Team team;
    private final Map<String, Rule> rules;

    StepFactory(ProductionStandards standard, Team team, Map<String, Rule> rules) {
        this.standard = standard;
        this.team = team;
        this.rules = rules;
    }

    List<UpgradeStep> steps(Assessment a) {
        List<UpgradeStep> steps = new ArrayList<>();
        for (ComponentAssessment c : a.components()) {
            int fanIn = (int) a.components().stream()
                    .filter(o -> o.component().dependsOn().contains(c.component().id())).count();
            steps.addAll(ruleSteps(c, fanIn));
            coverageStep(c).ifPresent(step -> steps.addAll(inParts(step, c)));
            documentationStep(c).ifPresent(step -> steps.addAll(inParts(step, c)));
        }
        if (!steps.isEmpty()) {
            String skill = team.has("qa") ? "qa" : team.largestSkill();
            steps.add(new UpgradeStep(VALIDATION_STEP, null, null, "Re-assess and validate against the standard '"
                    + standard.name() + "'", Category.TESTING, 0, Risk.LOW, 2 * team.focusHours(skill), 2,
                    Map.of(skill, 1), List.of(), PlanBuilder.VALIDATION_PHASE, 0, 0,
                    List.of(ValidationCriterion.gatePasses()), StepStatus.PLANNED, null));
        }
        return steps;
    }

    /** Steps whose work is not a fix: a simulated implementation is replaced by a real one, a feature to build. */
    private static final Map<String, String> VERBS = Map.of("STUB-SIMULATED", "Replace");

    private List<UpgradeStep> ruleSteps(ComponentAssessment c, int fanIn) {
        Set<String> costly = new LinkedHashSet<>();
        for (ScoreDeduction d : c.deductions()) {
            if (rules.containsKey(d.source()) && d.points() > 0) {
                costly.add(d.source());
            }
        }
        boolean coverageStep = coverageGap(c) > 0;
        List<UpgradeStep> out = new ArrayList<>();
        for (String ruleId : costly) {
            if (ruleId.equals("TEST-NO-TESTS") && coverageStep) {
                continue; // the coverage step covers it, and checks it
            }
            Rule rule = rules.get(ruleId);
            List<Finding> findings = c.findings().stream()
                    .filter(f -> f.ruleId().equals(ruleId) && !f.isExempt()).toList();
            if (findings.isEmpty()) {
                continue;
            }
            Risk risk = risk(rule.category(), c, fanIn);
            Severity worst = findings.stream().map(Finding::severity).min(Enum::compareTo).orElse(Severity.MINOR);
            boolean control = findings.stream().allMatch(f -> f.line() == 0);
            boolean blocker = Blockers.isBlocker(ruleId, findings);
            String name = rule.name().toLowerCase(Locale.ROOT);
            String skill = skillFor(c, rule.category());
            double maxMinutes = StepParts.MAX_DAYS * team.focusHours(skill) * 60 / riskFactor(risk);
            List<StepParts.Part> parts = StepParts.split(findings, maxMinutes);
            for (StepParts.Part part : parts) {
                boolean whole = parts.size() == 1;
                String where = whole ? "" : ": " + describe(part.paths());
                String title = control ? "Resolve '" + name + "' in " + c.component().name()
                        : blocker && Blockers.isSecret(ruleId) ? "Rotate and remove the committed secrets in "
                        + c.component().name() + where + " (" + part.findings().stream().mapToInt(Finding::count).sum() + ")"
                        : VERBS.getOrDefault(ruleId, "Fix") + " " + name + " in " + c.component().name() + where
                        + " (" + part.findings().stream().mapToInt(Finding::count).sum() + ")";
                double hours = Math.max(1, Math.round(part.minutes() / 60.0 * riskFactor(risk) * 2) / 2.0);
                List<ValidationCriterion> validation = new ArrayList<>();
                validation.add(whole ? ValidationCriterion.noFindings(c.component().id(), ruleId)
                        : ValidationCriterion.noFindingsIn(c.component().id(), ruleId, part.paths()));
                if (Blockers.isSecret(ruleId)) {
                    validation.addAll(Blockers.secretValidation(c.component().id()));
                }
                String firstGap = ruleId.toLowerCase(Locale.ROOT) + (whole ? "" : "@" + part.paths().get(0));
                int same = (int) out.stream().filter(o -> o.id().startsWith(c.component().id() + ":" + firstGap)).count();
                String gap = same == 0 ? firstGap : firstGap + "#" + (same + 1); // one huge file cut by count
                UpgradeStep step = step(c, gap, title, rule.category(), blocker ? StepLinks.BLOCKER_PRIORITY : priority(c.component().tier(),
                        worst), risk, hours, validation, ruleId, skill);
                out.add(blocker ? step.inPhase(PlanBuilder.firstPhase()) : step);
            }
        }
        return out;
    }

    private java.util.Optional<UpgradeStep> coverageStep(ComponentAssessment c) {
        double gap = coverageGap(c);
        if (gap <= 0) {
            return java.util.Optional.empty();
        }
        double target = standard.target(Category.TESTING, c.component().tier());
        int files = (int) Math.ceil(c.metrics().sourceFiles() * gap / 100.0);
        List<ValidationCriterion> checks = new ArrayList<>();
        checks.add(ValidationCriterion.scoreAtLeast(c.component().id(), Category.TESTING, target));
        if (c.findings().stream().anyMatch(f -> f.ruleId().equals("TEST-NO-TESTS"))) {
            checks.add(ValidationCriterion.noFindings(c.component().id(), "TEST-NO-TESTS"));
        }
        return java.util.Optional.of(step(c, "coverage", "Raise test coverage of " + c.component().name() + " from "
                        + Math.round(c.scores().testCoverage()) + " % to " + Math.round(target) + " %", Category.TESTING,
                priority(c.component().tier(), Severity.MAJOR), Risk.LOW, Math.max(1, files * HOURS_PER_TESTED_FILE),
                checks, null));
    }

    private java.util.Optional<UpgradeStep> documentationStep(ComponentAssessment c) {
        Double target = standard.target(Category.DOCUMENTATION, c.component().tier());
        if (target == null || c.scores().documentation() >= target) {
            return java.util.Optional.empty();
        }
        int undocumented = c.metrics().publicApi() - c.metrics().documentedPublicApi();
        double hours = undocumented * HOURS_PER_UNDOCUMENTED_API + (c.metrics().hasReadme() ? 0 : HOURS_FOR_README);
        return java.util.Optional.of(step(c, "documentation", "Document " + c.component().name() + " ("
                        + undocumented + " public APIs" + (c.metrics().hasReadme() ? "" : ", a README") + ")",
                Category.DOCUMENTATION, priority(c.component().tier(), Severity.MINOR), Risk.LOW, Math.max(1, hours),
                List.of(ValidationCriterion.scoreAtLeast(c.component().id(), Category.DOCUMENTATION, target)), null));
    }

    private double coverageGap(ComponentAssessment c) {
        Double target = standard.target(Category.TESTING, c.component().tier());
        return target == null || c.metrics().sourceFiles() == 0 ? 0 : target - c.scores().testCoverage();
    }

    private UpgradeStep step(ComponentAssessment c, String gap, String title, Category category, int priority, Risk risk,
                             double hours, List<ValidationCriterion> validation, String ruleId) {
        return step(c, gap, title, category, priority, risk, hours, validation, ruleId, skillFor(c, category));
    }

    private UpgradeStep step(ComponentAssessment c, String gap, String title, Category category, int priority, Risk risk,
                             double hours, List<ValidationCriterion> validation, String ruleId, String skill) {
        int days = (int) Math.max(1, Math.ceil(hours / team.focusHours(skill)));
        return new UpgradeStep(c.component().id() + ":" + gap, c.component().id(), c.component().tier(), title, category,
                priority, risk, hours, days, Map.of(skill, 1), List.of(), PlanBuilder.phaseOf(c.component().tier()), 0, 0,
                validation, StepStatus.PLANNED, ruleId);
    }

    /**
     * A coverage or documentation step longer than one person's two weeks, cut into equal parts. Which
     * files lack tests or docs is not in the assessment's metrics, so the parts are tranches: part k is
     * done when the score has come k/n of the way to the target.
     */
    private List<UpgradeStep> inParts(UpgradeStep step, ComponentAssessment c) {
        String skill = step.demand().keySet().iterator().next();
        double max = StepParts.MAX_DAYS * team.focusHours(skill);
        int n = (int) Math.ceil(step.effortHours() / max);
        if (n <= 1) {
            return List.of(step);
        }
        ValidationCriterion last = step.validation().get(0);
        double from = c.scores().of(category(last.subject()));
        List<UpgradeStep> out = new ArrayList<>();
        for (int k = 1; k <= n; k++) {
            double threshold = k == n ? last.threshold()
                    : Math.round((from + (last.threshold() - from) * k / n) * 10) / 10.0;
            List<ValidationCriterion> validation = new ArrayList<>();
            validation.add(new ValidationCriterion(last.kind(), last.componentId(), last.subject(), threshold));
            if (k == n) {
                validation.addAll(step.validation().subList(1, step.validation().size()));
            }
            double hours = Math.round(step.effortHours() / n * 2) / 2.0;
            out.add(new UpgradeStep(step.id() + "#" + k, step.componentId(), step.tier(), step.title() + " (part " + k
                    + " of " + n + ")", step.category(), step.priority(), step.risk(), hours,
                    (int) Math.max(1, Math.ceil(hours / team.focusHours(skill))), step.demand(), List.of(), step.phase(),
                    0, 0, validation, StepStatus.PLANNED, null));
        }
        return out;
    }

    private static Category category(String jsonKey) {
        for (Category c : Category.values()) {
            if (c.jsonKey().equals(jsonKey)) {
                return c;
            }
        }
        return Category.TESTING;
    }

    /** A part's folders for its title: the first, and how many more. */
    private static String describe(List<String> paths) {
        String first = paths.get(0).equals(".") ? "the root" : paths.get(0);
        return paths.size() == 1 ? first : first + " and " + (paths.size() - 1) + " more";
    }

    /** Front-end code to the front end, tests to testers where the team has them, the rest to the back end. */
    private String skillFor(ComponentAssessment c, Category category) {
        if (category == Category.TESTING && team.has("qa")) {
            return "qa";
        }
        List<String> languages = c.component().languages();
        boolean frontEnd = !languages.isEmpty() && (languages.get(0).equals("typescript")
                || languages.get(0).equals("javascript"));
        String skill = frontEnd ? "frontend" : "backend";
        return team.has(skill) ? skill : team.largestSkill();
    }

    /** Refactoring code that is barely tested or that others depend on is risky. */
    static Risk risk(Category category, ComponentAssessment c, int fanIn) {
        boolean refactoring = category == Category.CODE_QUALITY || category == Category.ERROR_HANDLING
                || category == Category.PERFORMANCE;
        double coverage = c.scores().testCoverage();
        if (refactoring && (coverage < 50 || fanIn >= 2)) {
            return Risk.HIGH;
        }
        if (category == Category.SECURITY || coverage < 80 || fanIn >= 1) {
            return Risk.MEDIUM;
        }
        return Risk.LOW;
    }

    private static double riskFactor(Risk risk) {
        return switch (risk) {
            case HIGH -> 1.5;
            case MEDIUM -> 1.25;
            case LOW -> 1.0;
        };
    }

    /** 0–100: the tier's weight (P1 4 … P4 1) times the worst severity's (blocker 5 … info 1). */
    static int priority(Tier tier, Severity worst) {
        int tierWeight = 4 - tier.ordinal();
        int severityWeight = 5 - worst.ordinal();
        return (int) Math.round(100.0 * tierWeight * severityWeight / 20);
    }
}
