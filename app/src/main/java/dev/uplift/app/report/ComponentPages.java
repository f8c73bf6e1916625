package dev.uplift.app.report;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfPTable;
import dev.uplift.model.Category;
import dev.uplift.model.ComponentAssessment;
import dev.uplift.model.Finding;
import dev.uplift.model.Rule;
import dev.uplift.model.ScoreDeduction;
import dev.uplift.model.checklist.CheckState;
import dev.uplift.model.plan.UpgradePlan;
import dev.uplift.model.plan.UpgradeStep;
import dev.uplift.model.plan.WorkingDays;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** One page (or more) per component — scores with their reasons, findings, checklist, steps — and the rule appendix. */
final class ComponentPages {
    private static final int TOP_FINDINGS = 10;
    private static final int REASONS_PER_SCORE = 4;

    private final ReportContent content;
    private final Document document;

    ComponentPages(ReportContent content, Document document) {
        this.content = content;
        this.document = document;
    }

    void components() {
        List<ComponentAssessment> ordered = new ArrayList<>(content.assessment().components());
        ordered.sort(Comparator.comparing((ComponentAssessment c) -> c.component().tier())
                .thenComparingDouble(c -> c.scores().readiness()));
        for (ComponentAssessment c : ordered) {
            PdfReport.newPage(document, PdfReport.PORTRAIT);
            component(c);
        }
    }

    private void component(ComponentAssessment ca) {
        var c = ca.component();
        document.add(PdfStyle.heading(c.name() + String.format(Locale.ROOT, "   readiness %.1f", ca.scores().readiness())));
        document.add(PdfStyle.field("Tier", c.tier().name() + " " + c.tier().title() + " (" + c.tierReason() + ")"));
        document.add(PdfStyle.field("What", c.kind().label() + " at " + c.path() + ", " + String.join(", ", c.languages())
                + String.format(Locale.ROOT, ", %,d lines of code, %d files, %d test files", ca.metrics().linesOfCode(),
                ca.metrics().sourceFiles(), ca.metrics().testFiles())));
        List<String> usedBy = content.assessment().components().stream()
                .filter(o -> o.component().dependsOn().contains(c.id())).map(o -> o.component().name()).toList();
        document.add(PdfStyle.field("Depends on", c.dependsOn().isEmpty() ? "nothing in the repository"
                : String.join(", ", c.dependsOn())));
        document.add(PdfStyle.field("Used by", usedBy.isEmpty() ? "nothing in the repository" : String.join(", ", usedBy)));

        document.add(PdfStyle.subheading("Scores and why"));
        PdfPTable scores = PdfStyle.table(new float[] {2.2f, 1, 1, 1.6f, 6}, "category", "score", "target", "status",
                "points lost to");
        for (Category cat : ReportCharts.CATEGORIES) {
            boolean percent = cat == Category.TESTING;
            double value = ca.scores().of(cat);
            Double target = content.standard().target(cat, c.tier());
            scores.addCell(PdfStyle.cell(cat.title()));
            scores.addCell(PdfStyle.number(SummaryPages.format(value, percent)));
            scores.addCell(PdfStyle.number(target == null ? "-" : SummaryPages.format(target, percent)));
            scores.addCell(target == null ? PdfStyle.cell("")
                    : value >= target ? PdfStyle.coloured("meets", PdfStyle.GOOD) : PdfStyle.coloured("below", PdfStyle.BAD));
            scores.addCell(PdfStyle.cell(reasons(ca, cat.jsonKey())));
        }
        scores.addCell(PdfStyle.cell("Readiness", PdfStyle.TABLE_HEAD));
        scores.addCell(PdfStyle.number(SummaryPages.format(ca.scores().readiness(), false)));
        scores.addCell(PdfStyle.cell(""));
        scores.addCell(PdfStyle.cell(""));
        scores.addCell(PdfStyle.cell(reasons(ca, "readiness").isEmpty() ? "weighted mean of the scores above"
                : reasons(ca, "readiness")));
        document.add(scores);

        findings(ca);
        checklist(ca);
        steps(ca);
    }

    /** The largest deductions of one score, in words: "STUB-FUNCTION: 3 findings (-1.6)". */
    private static String reasons(ComponentAssessment ca, String score) {
        List<ScoreDeduction> lost = ca.deductions().stream().filter(d -> d.score().equals(score) && d.points() > 0.05)
                .sorted(Comparator.comparingDouble(ScoreDeduction::points).reversed()).toList();
        String shown = lost.stream().limit(REASONS_PER_SCORE).map(d -> d.source() + ": " + d.detail()
                + String.format(Locale.ROOT, " (-%s)", score.equals("testCoverage")
                ? String.format(Locale.ROOT, "%.0f %%", d.points()) : String.format(Locale.ROOT, "%.1f", d.points())))
                .collect(Collectors.joining("; "));
        return lost.size() > REASONS_PER_SCORE ? shown + "; and " + (lost.size() - REASONS_PER_SCORE) + " more" : shown;
    }

    private void findings(ComponentAssessment ca) {
        List<Finding> open = ca.findings().stream().filter(f -> !f.isExempt())
                .sorted(Comparator.comparing(Finding::severity)).toList();
        document.add(PdfStyle.subheading(open.isEmpty() ? "No open findings"
                : open.size() > TOP_FINDINGS ? "The " + TOP_FINDINGS + " most severe of " + open.size() + " open findings"
                : open.size() == 1 ? "Its open finding" : "Its " + open.size() + " open findings"));
        if (open.isEmpty()) {
            return;
        }
        PdfPTable t = PdfStyle.table(new float[] {1.2f, 2.8f, 3.4f, 5}, "severity", "rule", "where", "what");
        for (Finding f : open.subList(0, Math.min(TOP_FINDINGS, open.size()))) {
            t.addCell(PdfStyle.coloured(ReportCharts.label(f.severity()), PdfStyle.severity(f.severity())));
            t.addCell(PdfStyle.cell(f.ruleId()));
            t.addCell(PdfStyle.cell(f.file() + (f.line() > 0 ? ":" + f.line() : "")));
            t.addCell(PdfStyle.cell(f.message()));
        }
        document.add(t);
    }

    private void checklist(ComponentAssessment ca) {
        long passing = ca.checklist().stream().filter(c -> c.state() == CheckState.PASS).count();
        document.add(PdfStyle.subheading("Checklist: " + passing + " pass, " + ChecklistTable.open(ca.checklist()).size()
                + " open"));
        ChecklistTable.of(ca.checklist()).ifPresent(document::add);
    }

    private void steps(ComponentAssessment ca) {
        UpgradePlan plan = content.plan();
        if (plan == null) {
            return;
        }
        List<UpgradeStep> steps = plan.steps().stream()
                .filter(s -> s.isOpen() && ca.component().id().equals(s.componentId()))
                .sorted(Comparator.comparingInt(UpgradeStep::startDay)).toList();
        document.add(PdfStyle.subheading(steps.isEmpty() ? "No open plan steps" : "Its plan steps"));
        if (steps.isEmpty()) {
            return;
        }
        PdfPTable t = PdfStyle.table(new float[] {6, 2.4f, 1.7f, 1.7f, 1, 1.1f}, "step", "phase", "start", "end",
                "hours", "risk");
        for (UpgradeStep s : steps) {
            t.addCell(PdfStyle.cell(s.title()));
            t.addCell(PdfStyle.cell(s.phase()));
            t.addCell(PdfStyle.cell(WorkingDays.plus(plan.startDate(), s.startDay()).toString()));
            t.addCell(PdfStyle.cell(WorkingDays.plus(plan.startDate(), Math.max(s.startDay(), s.endDay() - 1)).toString()));
            t.addCell(PdfStyle.number(String.format(Locale.ROOT, "%.0f", s.effortHours())));
            t.addCell(PdfStyle.coloured(s.risk().name().toLowerCase(Locale.ROOT), PdfStyle.risk(s.risk())));
        }
        document.add(t);
    }

    /** Every rule with a finding in the assessment: what it means and how to fix it. */
    void ruleAppendix() {
        PdfReport.newPage(document, PdfReport.PORTRAIT);
        document.add(PdfStyle.heading("Appendix: the rules behind the findings"));
        Map<String, Long> hits = new TreeMap<>();
        content.assessment().components().forEach(c -> c.findings().forEach(f -> hits.merge(f.ruleId(), 1L, Long::sum)));
        PdfPTable t = PdfStyle.table(new float[] {2.6f, 1.1f, 0.8f, 5, 4}, "rule", "severity", "found", "what it means",
                "how to fix it");
        for (Map.Entry<String, Long> e : hits.entrySet()) {
            Rule rule = content.rules().get(e.getKey());
            t.addCell(PdfStyle.cell(e.getKey() + (rule == null ? "" : "\n" + rule.name()
                    + (rule.cwe() == null ? "" : " (CWE-" + rule.cwe() + ")"))));
            t.addCell(rule == null ? PdfStyle.cell("") : PdfStyle.coloured(ReportCharts.label(rule.severity()),
                    PdfStyle.severity(rule.severity())));
            t.addCell(PdfStyle.number(Long.toString(e.getValue())));
            t.addCell(PdfStyle.cell(rule == null ? "a rule this version of Uplift no longer has" : rule.description()));
            t.addCell(PdfStyle.cell(rule == null ? "" : rule.fix()));
        }
        document.add(t);
    }
}
