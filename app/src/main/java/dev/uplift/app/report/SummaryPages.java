package dev.uplift.app.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import dev.uplift.model.Assessment;
import dev.uplift.model.Category;
import dev.uplift.model.ComponentAssessment;
import dev.uplift.model.Finding;
import dev.uplift.model.Severity;
import dev.uplift.model.checklist.CheckState;
import dev.uplift.model.gate.Gate;
import dev.uplift.model.gate.Shortfall;
import dev.uplift.model.plan.UpgradePlan;
import dev.uplift.model.plan.UpgradeStep;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The cover and the executive summary: where the repository stands, in a page or two. */
final class SummaryPages {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final int TOP_FINDINGS = 12;

    private final ReportContent content;
    private final Assessment a;
    private final Document document;
    private final PdfWriter writer;

    SummaryPages(ReportContent content, Document document, PdfWriter writer) {
        this.content = content;
        this.a = content.assessment();
        this.document = document;
        this.writer = writer;
    }

    void cover() {
        List<Shortfall> shortfalls = Gate.evaluate(a, content.standard());
        Paragraph kicker = new Paragraph("PRODUCTION READINESS REPORT", new Font(Font.HELVETICA, 10, Font.BOLD,
                PdfStyle.ACCENT));
        kicker.setSpacingBefore(150);
        document.add(kicker);
        Paragraph title = new Paragraph(PdfStyle.clean(content.repositoryName()), PdfStyle.TITLE);
        title.setSpacingAfter(30);
        document.add(title);
        Paragraph score = new Paragraph();
        score.add(new Chunk(String.format(Locale.ROOT, "%.1f", a.readiness()), new Font(Font.HELVETICA, 54, Font.BOLD,
                shortfalls.isEmpty() ? PdfStyle.GOOD : PdfStyle.BAD)));
        score.add(new Chunk("  of 10 readiness", new Font(Font.HELVETICA, 14, Font.NORMAL, PdfStyle.MUTED)));
        score.setLeading(60);
        document.add(score);
        String verdict = shortfalls.isEmpty() ? "Meets the standard '" + content.standard().name() + "'."
                : "Does not meet the standard '" + content.standard().name() + "': " + shortfalls.size()
                + (shortfalls.size() == 1 ? " shortfall" : " shortfalls") + " in "
                + shortfalls.stream().map(Shortfall::componentId).distinct().count() + " of "
                + a.components().size() + " components.";
        Paragraph v = new Paragraph(PdfStyle.clean(verdict), new Font(Font.HELVETICA, 12, Font.NORMAL, PdfStyle.INK));
        v.setSpacingBefore(8);
        v.setSpacingAfter(60);
        document.add(v);
        document.add(PdfStyle.field("Repository", content.repositoryName()));
        document.add(PdfStyle.field("Commit", a.commit() == null ? "not a git work tree" : a.commit()));
        document.add(PdfStyle.field("Assessed", WHEN.format(a.assessedAt())));
        document.add(PdfStyle.field("Standard", content.standard().name() + thresholds()));
        document.add(PdfStyle.field("Report made", WHEN.format(content.generatedAt()) + " by Uplift (engine "
                + content.engineVersion() + ")"));
    }

    private String thresholds() {
        List<String> parts = new ArrayList<>();
        for (Category c : List.of(Category.CODE_QUALITY, Category.SECURITY, Category.PERFORMANCE, Category.TESTING,
                Category.DOCUMENTATION)) {
            Double t = content.standard().target(c);
            if (t != null) {
                parts.add(c.title().toLowerCase(Locale.ROOT) + " " + (c == Category.TESTING
                        ? String.format(Locale.ROOT, "%.0f %%", t) : String.format(Locale.ROOT, "%.1f", t)));
            }
        }
        return parts.isEmpty() ? "" : " (at least: " + String.join(", ", parts) + ")";
    }

    void executiveSummary() {
        PdfReport.newPage(document, PdfReport.PORTRAIT);
        document.add(PdfStyle.heading("Executive summary"));
        document.add(PdfStyle.paragraph(keyFigures()));
        document.add(PdfStyle.subheading("Readiness by category against the standard"));
        document.add(categoryTable());
        float width = document.getPageSize().getWidth() - 2 * PdfReport.MARGIN;
        document.add(VectorDrawing.of(writer.getDirectContent(), ReportCharts.scoresAgainstTargets(a,
                content.standard()), width, 210));
        document.add(PdfStyle.note("Bars: the repository's score, each component weighted by its lines of code; "
                + "green meets the standard, red does not. Dark tick: the standard's target."));
        shortfalls();
        PdfReport.newPage(document, PdfReport.PORTRAIT);
        document.add(PdfStyle.heading("Findings"));
        topFindings();
        document.add(PdfStyle.subheading("Open findings by category and severity"));
        document.add(VectorDrawing.of(writer.getDirectContent(), ReportCharts.findingsBySeverity(a), width, 230));
        checklist();
    }

    private String keyFigures() {
        long lines = a.components().stream().mapToLong(c -> c.metrics().linesOfCode()).sum();
        long blockers = count(Severity.BLOCKER);
        long critical = count(Severity.CRITICAL);
        long meeting = a.components().stream().filter(c -> Gate.evaluate(single(c), content.standard()).isEmpty())
                .count();
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "Readiness is %.1f of 10%s across %d components "
                        + "(%,d lines of code); %d of them %s the standard. Of %,d open findings, %s and %d %s critical.",
                a.readiness(), a.hasBlocker() ? " (capped: a blocker holds the whole repository back until it is fixed)"
                        : "", a.components().size(), lines, meeting, meeting == 1 ? "meets" : "meet",
                a.findingCount() - exempt(), blockers == 1 ? "1 is a blocker" : blockers + " are blockers", critical,
                critical == 1 ? "is" : "are"));
        UpgradePlan plan = content.plan();
        if (plan == null) {
            s.append(" No plan has been made yet: run 'uplift plan' for the upgrade plan and the projected date.");
        } else {
            List<UpgradeStep> open = plan.steps().stream().filter(UpgradeStep::isOpen).toList();
            double hours = open.stream().mapToDouble(UpgradeStep::effortHours).sum();
            s.append(String.format(Locale.ROOT, " The upgrade plan has %d open steps, %,.0f hours of work in %d "
                    + "phases; ", open.size(), hours, plan.phases().size()));
            s.append(plan.readyBy() == null ? "nothing is left to schedule."
                    : "with the planned team the repository is projected to be ready by " + plan.readyBy()
                    + " (" + plan.makespanDays() + " working days from " + plan.startDate() + ").");
        }
        return s.toString();
    }

    private static Assessment single(ComponentAssessment c) {
        return new Assessment("-", "-", java.time.Instant.EPOCH, null, "-", List.of(c), List.of(), List.of());
    }

    private long count(Severity severity) {
        return a.components().stream().flatMap(c -> c.findings().stream())
                .filter(f -> !f.isExempt() && f.severity() == severity).count();
    }

    private long exempt() {
        return a.components().stream().flatMap(c -> c.findings().stream()).filter(Finding::isExempt).count();
    }

    private PdfPTable categoryTable() {
        PdfPTable t = PdfStyle.table(new float[] {3, 1.3f, 1.3f, 3}, "category", "score", "target", "status");
        for (Category c : ReportCharts.CATEGORIES) {
            boolean percent = c == Category.TESTING;
            double value = a.weightedMean(ca -> ca.scores().of(c));
            Double target = content.standard().target(c);
            t.addCell(PdfStyle.cell(c.title()));
            t.addCell(PdfStyle.number(format(value, percent)));
            t.addCell(PdfStyle.number(target == null ? "-" : format(target, percent)));
            if (target == null) {
                t.addCell(PdfStyle.cell("no target set"));
            } else if (value >= target) {
                t.addCell(PdfStyle.coloured("meets the target", PdfStyle.GOOD));
            } else {
                t.addCell(PdfStyle.coloured("below by " + format(target - value, percent), PdfStyle.BAD));
            }
        }
        return t;
    }

    static String format(double v, boolean percent) {
        return percent ? String.format(Locale.ROOT, "%.0f %%", v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private void shortfalls() {
        List<Shortfall> all = Gate.evaluate(a, content.standard());
        document.add(PdfStyle.subheading("What stands between the repository and the standard"));
        if (all.isEmpty()) {
            document.add(PdfStyle.paragraph("Nothing: every component meets the standard."));
            return;
        }
        Map<String, List<Shortfall>> byComponent = new LinkedHashMap<>();
        all.forEach(s -> byComponent.computeIfAbsent(s.componentName(), k -> new ArrayList<>()).add(s));
        PdfPTable t = PdfStyle.table(new float[] {2, 7}, "component", "falls short on");
        byComponent.forEach((component, list) -> {
            t.addCell(PdfStyle.cell(component, PdfStyle.BODY_BOLD));
            List<String> details = list.stream().limit(6).map(Shortfall::detail).toList();
            t.addCell(PdfStyle.cell(String.join("; ", details) + (list.size() > 6 ? "; and " + (list.size() - 6)
                    + " more" : "")));
        });
        document.add(t);
    }

    private void topFindings() {
        document.add(PdfStyle.subheading("The most severe open findings"));
        List<Located> worst = new ArrayList<>();
        for (ComponentAssessment c : a.components()) {
            for (Finding f : c.findings()) {
                if (!f.isExempt() && f.severity().compareTo(Severity.MAJOR) < 0) {
                    worst.add(new Located(c, f));
                }
            }
        }
        if (worst.isEmpty()) {
            document.add(PdfStyle.paragraph("No blocker or critical findings."));
            return;
        }
        worst.sort(Comparator.comparing((Located l) -> l.finding().severity())
                .thenComparing(l -> l.component().component().tier()));
        PdfPTable t = PdfStyle.table(new float[] {1.2f, 2.6f, 1.6f, 3.4f, 4.2f}, "severity", "rule", "component",
                "where", "what");
        for (Located l : worst.subList(0, Math.min(TOP_FINDINGS, worst.size()))) {
            ComponentAssessment c = l.component();
            Finding f = l.finding();
            t.addCell(PdfStyle.coloured(ReportCharts.label(f.severity()), PdfStyle.severity(f.severity())));
            t.addCell(PdfStyle.cell(f.ruleId() + (f.cwe() == null ? "" : " (CWE-" + f.cwe() + ")")));
            t.addCell(PdfStyle.cell(c.component().name()));
            t.addCell(PdfStyle.cell(f.file() + (f.line() > 0 ? ":" + f.line() : "")));
            t.addCell(PdfStyle.cell(f.message()));
        }
        document.add(t);
        if (worst.size() > TOP_FINDINGS) {
            document.add(PdfStyle.note((worst.size() - TOP_FINDINGS) + " more blocker and critical findings are on the "
                    + "component pages and in the findings CSV (uplift export --findings-csv)."));
        }
    }

    /** A finding with the component it was found in. */
    private record Located(ComponentAssessment component, Finding finding) {
    }

    private void checklist() {
        document.add(PdfStyle.subheading("Operational readiness checklist"));
        Map<CheckState, Long> states = new java.util.EnumMap<>(CheckState.class);
        a.checklist().forEach(c -> states.merge(c.state(), 1L, Long::sum));
        document.add(PdfStyle.paragraph(String.format(Locale.ROOT, "%d pass, %d fail, %d not checked (code cannot "
                        + "show them; record evidence with 'uplift checklist'), %d not applicable.",
                states.getOrDefault(CheckState.PASS, 0L), states.getOrDefault(CheckState.FAIL, 0L),
                states.getOrDefault(CheckState.NOT_CHECKED, 0L), states.getOrDefault(CheckState.NOT_APPLICABLE, 0L))));
        ChecklistTable.of(a.checklist()).ifPresent(document::add);
    }
}
