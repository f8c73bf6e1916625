package dev.uplift.views.components;

import dev.uplift.model.Assessment;
import dev.uplift.model.ComponentAssessment;
import dev.uplift.model.Finding;
import dev.uplift.model.ProductionStandards;
import dev.uplift.model.Rule;
import dev.uplift.model.ScoreDeduction;
import dev.uplift.model.checklist.CheckResult;
import dev.uplift.model.plan.UpgradePlan;
import dev.uplift.model.plan.UpgradeStep;
import dev.uplift.model.plan.WorkingDays;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The component list and the selected component's findings, score deductions and checklist. */
public final class ComponentsViewModel {
    private final ObservableList<ComponentAssessment> components = FXCollections.observableArrayList();
    private final ObjectProperty<ComponentAssessment> selected = new SimpleObjectProperty<>();
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ObservableList<ScoreDeduction> deductions = FXCollections.observableArrayList();
    private final ObservableList<CheckResult> checklist = FXCollections.observableArrayList();
    private final ObservableList<UpgradeStep> steps = FXCollections.observableArrayList();
    private UpgradePlan plan;
    /** Read at each use: the standards editor can change the active standard while the view lives. */
    private final Supplier<ProductionStandards> standard;
    private final Map<String, Rule> rules;

    public ComponentsViewModel(ProductionStandards standard) {
        this(standard, Map.of());
    }

    /** @param rules every rule by id, to explain a finding */
    public ComponentsViewModel(ProductionStandards standard, Map<String, Rule> rules) {
        this(() -> standard, rules);
    }

    public ComponentsViewModel(Supplier<ProductionStandards> standard, Map<String, Rule> rules) {
        this.standard = standard;
        this.rules = Map.copyOf(rules);
        selected.addListener(obs -> { // invalidation, not change: no deep equals of components (OverviewView)
            ComponentAssessment c = selected.get();
            findings.setAll(c == null ? List.of() : c.findings());
            deductions.setAll(c == null ? List.of() : c.deductions().stream()
                    .sorted(Comparator.comparingDouble(ScoreDeduction::points).reversed()).toList());
            checklist.setAll(c == null ? List.of() : c.checklist());
            showSteps();
        });
    }

    /** The plan the selected component's steps come from (null: none). */
    public void showPlan(UpgradePlan p) {
        plan = p;
        showSteps();
    }

    private void showSteps() {
        ComponentAssessment c = selected.get();
        steps.setAll(c == null || plan == null ? List.of() : plan.steps().stream()
                .filter(s -> c.component().id().equals(s.componentId()))
                .sorted(Comparator.comparing((UpgradeStep s) -> !s.isOpen())
                        .thenComparingInt(UpgradeStep::startDay))
                .toList());
    }

    /** The selected component's plan steps, open ones first by start. */
    public ObservableList<UpgradeStep> steps() {
        return steps;
    }

    /** The date a working day of the shown plan falls on, or null without a plan. */
    public LocalDate dateOf(int day) {
        return plan == null ? null : WorkingDays.plus(plan.startDate(), day);
    }

    /** The names of the components that depend on this one. */
    public List<String> usedBy(ComponentAssessment c) {
        return components.stream().filter(o -> o.component().dependsOn().contains(c.component().id()))
                .map(o -> o.component().name()).toList();
    }

    /** Shows an assessment's components, by tier and then by readiness, worst first. */
    public void show(Assessment a) {
        String keep = selected.get() == null ? null : selected.get().component().id();
        selected.set(null); // first: nothing old for the table to look for among the new rows
        components.setAll(a == null ? List.of() : a.components().stream()
                .sorted(Comparator.comparing((ComponentAssessment c) -> c.component().tier())
                        .thenComparingDouble(c -> c.scores().readiness()))
                .toList());
        selected.set(components.stream().filter(c -> c.component().id().equals(keep)).findFirst()
                .orElse(components.isEmpty() ? null : components.get(0)));
    }

    public ObservableList<ComponentAssessment> components() {
        return components;
    }

    public ObjectProperty<ComponentAssessment> selectedProperty() {
        return selected;
    }

    public ObservableList<Finding> findings() {
        return findings;
    }

    public ObservableList<ScoreDeduction> deductions() {
        return deductions;
    }

    /** The selected component's own readiness checklist. */
    public ObservableList<CheckResult> checklist() {
        return checklist;
    }

    /**
     * What a finding means and how to fix it: the rule's name, CWE, description and fix, or the
     * finding's message when the rule is unknown.
     */
    public String explain(Finding f) {
        Rule rule = rules.get(f.ruleId());
        if (rule == null) {
            return f.ruleId() + ": " + f.message();
        }
        String cwe = rule.cwe() == null ? "" : " (CWE-" + rule.cwe() + ")";
        return rule.name() + cwe + ". " + rule.description() + "\nHow to fix: " + rule.fix();
    }

    public ProductionStandards standard() {
        return standard.get();
    }
}
