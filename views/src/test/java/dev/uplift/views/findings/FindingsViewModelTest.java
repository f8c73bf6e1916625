package dev.uplift.views.findings;

import dev.uplift.model.Assessment;
import dev.uplift.model.Category;
import dev.uplift.model.ComponentAssessment;
import dev.uplift.model.Finding;
import dev.uplift.model.Severity;
import dev.uplift.model.Tier;
import dev.uplift.views.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FindingsViewModelTest {
    @TempDir
    Path repo;

    private final FindingsViewModel viewModel = new FindingsViewModel();

    private static Finding finding(String rule, Category category, Severity severity, String file, int line,
                                   String message, String evidence) {
        return new Finding(rule, category, severity, file, line, message, evidence, 10, null, null);
    }

    private Assessment assessment() throws Exception {
        Files.createDirectories(repo.resolve("api"));
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            text.append(i == 12 ? "password = \"hunter2-Zx9-very-secret\"" : "line " + i).append('\n');
        }
        Files.writeString(repo.resolve("api/app.py"), text);
        ComponentAssessment api = Fixtures.component("api", Tier.P1, 100, 7, 6, List.of(
                finding("SEC-HARDCODED-CREDENTIAL", Category.SECURITY, Severity.CRITICAL, "api/app.py", 12,
                        "hard-coded password", "password = \"hu…\""),
                finding("QUAL-TODO", Category.CODE_QUALITY, Severity.MINOR, "api/app.py", 14, "TODO left", null)));
        ComponentAssessment web = Fixtures.component("web", Tier.P3, 100, 8, 9, List.of(
                finding("ERR-JS-NO-TIMEOUT", Category.ERROR_HANDLING, Severity.MAJOR, "../outside.ts", 3,
                        "fetch() without an abort signal", null),
                finding("TEST-NO-TESTS", Category.TESTING, Severity.MAJOR, "web", 0, "no tests", null)));
        return new Assessment("a", repo.toString(), Instant.now(), null, "default", List.of(api, web), List.of(),
                List.of());
    }

    @Test
    void filtersCombineTextCategoryMinimumSeverityAndComponent() throws Exception {
        viewModel.show(assessment());
        assertThat(viewModel.shown()).hasSize(4);
        assertThat(viewModel.components()).containsExactly("api", "web");
        viewModel.minimumSeverityProperty().set(Severity.MAJOR);
        assertThat(viewModel.shown()).extracting(r -> r.finding().ruleId())
                .containsExactlyInAnyOrder("SEC-HARDCODED-CREDENTIAL", "ERR-JS-NO-TIMEOUT", "TEST-NO-TESTS");
        viewModel.componentProperty().set("web");
        assertThat(viewModel.shown()).hasSize(2);
        viewModel.textProperty().set("abort");
        assertThat(viewModel.shown()).extracting(r -> r.finding().ruleId()).containsExactly("ERR-JS-NO-TIMEOUT");
        viewModel.textProperty().set("");
        viewModel.componentProperty().set(null);
        viewModel.categoryProperty().set(Category.SECURITY);
        assertThat(viewModel.shown()).extracting(FindingsViewModel.Row::component).containsExactly("api");
    }

    @Test
    void theStatusFilterShowsOpenOrExemptFindings() throws Exception {
        Assessment a = assessment();
        ComponentAssessment api = a.components().get(0);
        Finding exempt = new Finding("QUAL-TODO", Category.CODE_QUALITY, Severity.MINOR, "api/app.py", 20, "TODO left",
                null, 10, null, "tracked in JIRA-12");
        List<Finding> findings = new java.util.ArrayList<>(api.findings());
        findings.add(exempt);
        viewModel.show(new Assessment("a", a.repository(), a.assessedAt(), null, "default", List.of(new ComponentAssessment(
                api.component(), api.metrics(), api.scores(), api.deductions(), api.coverageSource(), findings)),
                List.of(), List.of()));
        assertThat(viewModel.shown()).hasSize(3);
        viewModel.exemptProperty().set(true);
        assertThat(viewModel.shown()).extracting(r -> r.finding().exemption()).containsExactly("tracked in JIRA-12");
        viewModel.exemptProperty().set(false);
        assertThat(viewModel.shown()).hasSize(2).allSatisfy(r -> assertThat(r.finding().isExempt()).isFalse());
        viewModel.exemptProperty().set(null);
        assertThat(viewModel.shown()).hasSize(3);
    }

    @Test
    void thePreviewShowsTheLinesAroundAndNeverTheSecret() throws Exception {
        viewModel.show(assessment());
        FindingsViewModel.Row todo = viewModel.shown().stream()
                .filter(r -> r.finding().ruleId().equals("QUAL-TODO")).findFirst().orElseThrow();
        FindingsViewModel.Preview p = viewModel.preview(todo);
        assertThat(p.firstLine()).isEqualTo(6);
        assertThat(p.highlighted()).isEqualTo(14);
        assertThat(p.lines().get(14 - 6)).isEqualTo("line 14");
        assertThat(String.join("\n", p.lines())).doesNotContain("hunter2").contains("«secret masked»");
    }

    @Test
    void nothingOutsideTheRepositoryIsReadAndWholeComponentFindingsSaySo() throws Exception {
        Files.writeString(repo.getParent().resolve("outside.ts"), "secret stuff\n".repeat(5));
        viewModel.show(assessment());
        for (FindingsViewModel.Row r : viewModel.shown()) {
            FindingsViewModel.Preview p = viewModel.preview(r);
            if (r.finding().ruleId().equals("ERR-JS-NO-TIMEOUT")) {
                assertThat(p.lines()).isEmpty();
                assertThat(p.note()).contains("outside the repository");
            }
            if (r.finding().ruleId().equals("TEST-NO-TESTS")) {
                assertThat(p.note()).contains("whole component");
            }
        }
    }
}
