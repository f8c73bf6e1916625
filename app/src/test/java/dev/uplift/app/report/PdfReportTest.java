package dev.uplift.app.report;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import dev.uplift.app.AppContext;
import dev.uplift.app.TestRepositories;
import dev.uplift.app.UpliftHome;
import dev.uplift.model.Assessment;
import dev.uplift.model.ComponentAssessment;
import dev.uplift.model.Finding;
import dev.uplift.model.ProductionStandards;
import dev.uplift.model.plan.Team;
import dev.uplift.model.plan.UpgradePlan;
import dev.uplift.model.service.ProgressListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The PDF report of the sample, read back with OpenPDF's own text extractor. */
class PdfReportTest {
    @TempDir
    static Path home;
    private static AppContext context;
    private static Assessment assessment;
    private static UpgradePlan plan;

    @BeforeAll
    static void assessAndPlanTheSample() {
        context = new AppContext(new UpliftHome(home), "report-test", TestRepositories.SAMPLE);
        assessment = context.assessmentService().assess(TestRepositories.SAMPLE, ProgressListener.NONE, () -> false);
        plan = context.planService().plan(TestRepositories.SAMPLE, Team.defaults(), LocalDate.of(2026, 12, 1));
    }

    @AfterAll
    static void close() {
        context.close();
    }

    private static ReportContent content(Assessment a, UpgradePlan p) {
        return new ReportContent(a, p, ProductionStandards.defaults(), context.assessmentService().rules(),
                Instant.parse("2026-11-25T10:00:00Z"), "test");
    }

    private static List<String> pages(ReportContent content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfReport.render(content, out);
        PdfReader reader = new PdfReader(out.toByteArray());
        try {
            PdfTextExtractor text = new PdfTextExtractor(reader);
            List<String> pages = new ArrayList<>();
            for (int i = 1; i <= reader.getNumberOfPages(); i++) {
                pages.add(text.getTextFromPage(i));
            }
            return pages;
        } finally {
            reader.close();
        }
    }

    @Test
    void theCoverNamesTheRepositoryItsReadinessAndTheStandard() throws IOException {
        String cover = pages(content(assessment, plan)).get(0);
        assertThat(cover).contains("sample-order-platform").contains(String.format(java.util.Locale.ROOT, "%.1f",
                assessment.readiness())).contains("Does not meet the standard 'default'").contains("25 November 2026");
        assertThat(cover).doesNotContain(TestRepositories.SAMPLE.toString()); // no path of this workstation
    }

    @Test
    void everySectionIsThereAndEveryComponentHasItsPage() throws IOException {
        List<String> pages = pages(content(assessment, plan));
        String all = String.join("\n", pages);
        assertThat(all).contains("Executive summary", "Readiness by category against the standard", "Priority matrix",
                "Components by tier", "Phase timeline", "The plan, step by step",
                "Appendix: the rules behind the findings");
        for (ComponentAssessment c : assessment.components()) {
            assertThat(pages).anySatisfy(p -> assertThat(p).startsWith(c.component().name()).contains("Scores and why"));
        }
        // a sentence may wrap anywhere on the page, a date at its hyphens: compare with the breaks undone
        assertThat(all.replaceAll("-\\s+", "-").replaceAll("\\s+", " ")).contains("projected to be ready by "
                + plan.readyBy());
        assertThat(all).contains("SEC-PY-SQL-INJECTION"); // in the findings and the appendix
    }

    @Test
    void withoutAPlanThePlanPagesSaySoInsteadOfFailing() throws IOException {
        String all = String.join("\n", pages(content(assessment, null)));
        assertThat(all.replaceAll("\\s+", " ")).contains("No plan has been made yet").contains("Priority matrix");
    }

    @Test
    void textOutsideTheBaseFontsAndControlCharactersDoNotBreakTheReport() throws IOException {
        ComponentAssessment first = assessment.components().get(0);
        List<Finding> odd = new ArrayList<>(first.findings());
        odd.add(0, new Finding("SEC-PY-SQL-INJECTION", dev.uplift.model.Category.SECURITY,
                dev.uplift.model.Severity.BLOCKER, "naïve/日本語.py", 3, "score ≥ 9 → \u0000\u0007 emoji 🚀 here", null, 5,
                89, null));
        List<ComponentAssessment> components = new ArrayList<>(assessment.components());
        components.set(0, new ComponentAssessment(first.component(), first.metrics(), first.scores(), first.deductions(),
                first.coverageSource(), odd, first.checklist()));
        Assessment changed = new Assessment(assessment.id(), assessment.repository(), assessment.assessedAt(),
                assessment.commit(), assessment.standard(), components, assessment.warnings(), assessment.checklist());
        String all = String.join("\n", pages(content(changed, plan)));
        assertThat(all).contains("score >= 9 -> ").contains("emoji ? here").contains("naïve/???.py");
    }

    @Test
    void cleanKeepsWindowsLatinAndSpellsOutTheRest() {
        assertThat(PdfStyle.clean("Größe – “quoted” …")).isEqualTo("Größe – “quoted” …");
        assertThat(PdfStyle.clean("a ≥ b, c → d\tnext\u0001")).isEqualTo("a >= b, c -> d next");
        assertThat(PdfStyle.clean(null)).isEmpty();
    }

    @Test
    void theFileAppearsWholeInPlace(@TempDir Path out) throws IOException {
        Path file = out.resolve("reports/sample.pdf");
        PdfReport.write(content(assessment, plan), file);
        assertThat(Files.readAllBytes(file)).startsWith("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        try (var listing = Files.list(file.getParent())) {
            assertThat(listing).containsExactly(file); // no partial file left beside it
        }
    }
}
