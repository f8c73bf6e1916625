package dev.uplift.views.components;

import dev.uplift.model.Category;
import dev.uplift.model.ComponentAssessment;
import dev.uplift.model.ProductionStandards;
import dev.uplift.model.Rule;
import dev.uplift.model.ScoreDeduction;
import dev.uplift.model.Severity;
import dev.uplift.model.Tier;
import dev.uplift.model.checklist.CheckResult;
import dev.uplift.model.checklist.CheckState;
import dev.uplift.model.checklist.ChecklistArea;
import dev.uplift.views.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ComponentsViewModelTest {
    private final ComponentsViewModel viewModel = new ComponentsViewModel(ProductionStandards.defaults());

    @Test
    void listsComponentsByTierThenWorstReadinessFirst() {
        viewModel.show(Fixtures.assessment("a",
                Fixtures.component("ui", Tier.P3, 10, 5, 10, List.of()),
                Fixtures.component("db-good", Tier.P1, 10, 9, 10, List.of()),
                Fixtures.component("db-bad", Tier.P1, 10, 4, 10, List.of())));
        assertThat(viewModel.components()).extracting(c -> c.component().id()).containsExactly("db-bad", "db-good", "ui");
        assertThat(viewModel.selectedProperty().get().component().id()).isEqualTo("db-bad");
    }

    @Test
    void selectionShowsFindingsAndTheBiggestDeductionsFirst() {
        viewModel.show(Fixtures.assessment("a", Fixtures.component("c", Tier.P2, 10, 5, 5,
                List.of(Fixtures.finding(Severity.MAJOR)))));
        assertThat(viewModel.findings()).hasSize(1);
        assertThat(viewModel.deductions()).extracting(ScoreDeduction::points).containsExactly(3.0, 1.0);
    }

    @Test
    void aNewAssessmentKeepsTheSelectedComponent() {
        viewModel.show(Fixtures.assessment("a", Fixtures.component("x", Tier.P1, 10, 4, 10, List.of()),
                Fixtures.component("y", Tier.P2, 10, 5, 10, List.of())));
        viewModel.selectedProperty().set(viewModel.components().get(1));
        viewModel.show(Fixtures.assessment("b", Fixtures.component("x", Tier.P1, 10, 4, 10, List.of()),
                Fixtures.component("y", Tier.P2, 10, 6, 10, List.of())));
        assertThat(viewModel.selectedProperty().get().component().id()).isEqualTo("y");
    }

    @Test
    void selectionShowsTheComponentsOwnChecklist() {
        ComponentAssessment plain = Fixtures.component("svc", Tier.P2, 10, 5, 10, List.of());
        CheckResult rootUser = new CheckResult("container-non-root", ChecklistArea.DEPLOYMENT,
                "Containers run as a non-root user", CheckState.FAIL, "svc/Dockerfile sets no non-root USER");
        viewModel.show(Fixtures.assessment("a", new ComponentAssessment(plain.component(), plain.metrics(),
                plain.scores(), plain.deductions(), plain.coverageSource(), plain.findings(), List.of(rootUser))));
        assertThat(viewModel.checklist()).containsExactly(rootUser);
        viewModel.show(Fixtures.assessment("b", plain));
        assertThat(viewModel.checklist()).isEmpty();
    }

    @Test
    void aFindingIsExplainedByItsRuleWithItsCweAndFix() {
        Rule rule = new Rule("R-1", "SQL injection", Category.SECURITY, Severity.CRITICAL, 60, 89,
                "Untrusted data is built into SQL.", "Use bind parameters.");
        ComponentsViewModel withRules = new ComponentsViewModel(ProductionStandards.defaults(), Map.of("R-1", rule));
        assertThat(withRules.explain(Fixtures.finding(Severity.MAJOR))).contains("SQL injection (CWE-89)",
                "Untrusted data is built into SQL.", "How to fix: Use bind parameters.");
        assertThat(viewModel.explain(Fixtures.finding(Severity.MAJOR))).as("unknown rule").isEqualTo("R-1: m");
    }

    @Test
    void theSelectedComponentShowsItsPlanStepsOpenFirstAndWhoDependsOnIt() {
        ComponentAssessment auth = Fixtures.component("auth", Tier.P1, 100, 6, 5, List.of());
        ComponentAssessment api = new ComponentAssessment(Fixtures.component("api", Tier.P1, 100, 7, 9, List.of())
                .component().withDependsOn(List.of("auth")), auth.metrics(), auth.scores(), List.of(),
                dev.uplift.model.CoverageSource.ESTIMATED, List.of());
        viewModel.show(Fixtures.assessment("a", auth, api));
        dev.uplift.model.plan.UpgradeStep done = step("done", "auth", 0, dev.uplift.model.plan.StepStatus.VERIFIED);
        dev.uplift.model.plan.UpgradeStep later = step("later", "auth", 5, dev.uplift.model.plan.StepStatus.PLANNED);
        dev.uplift.model.plan.UpgradeStep first = step("first", "auth", 1, dev.uplift.model.plan.StepStatus.PLANNED);
        viewModel.showPlan(new dev.uplift.model.plan.UpgradePlan("p", "/repo", "a", java.time.Instant.EPOCH,
                java.time.LocalDate.of(2026, 11, 30), Map.of(), List.of(), List.of(done, later, first,
                step("other", "api", 0, dev.uplift.model.plan.StepStatus.PLANNED)), List.of(), 6, null, Map.of()));

        viewModel.selectedProperty().set(auth);
        assertThat(viewModel.steps()).extracting(dev.uplift.model.plan.UpgradeStep::id)
                .containsExactly("first", "later", "done");
        assertThat(viewModel.dateOf(5)).isEqualTo(java.time.LocalDate.of(2026, 12, 7));
        assertThat(viewModel.usedBy(auth)).containsExactly("api");
        assertThat(viewModel.usedBy(api)).isEmpty();
        viewModel.showPlan(null);
        assertThat(viewModel.steps()).isEmpty();
    }

    private static dev.uplift.model.plan.UpgradeStep step(String id, String component, int start,
                                                         dev.uplift.model.plan.StepStatus status) {
        return new dev.uplift.model.plan.UpgradeStep(id, component, Tier.P1, id, Category.SECURITY, 1,
                dev.uplift.model.plan.Risk.LOW, 4, 1, Map.of(), List.of(), "Infrastructure", start, start + 1, List.of(),
                status, null);
    }
}
