package dev.uplift.app.report;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import dev.uplift.model.Tier;
import dev.uplift.model.plan.PriorityMatrix;
import dev.uplift.model.plan.UpgradePlan;
import dev.uplift.model.plan.UpgradeStep;
import dev.uplift.model.plan.WorkingDays;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The priority matrix, the phase timeline and the table of steps, on landscape pages. */
final class PlanPages {
    private static final int TIMELINE_ROWS_PER_PAGE = 34;

    private final ReportContent content;
    private final Document document;
    private final PdfWriter writer;

    PlanPages(ReportContent content, Document document, PdfWriter writer) {
        this.content = content;
        this.document = document;
        this.writer = writer;
    }

    private float width() {
        return document.getPageSize().getWidth() - 2 * PdfReport.MARGIN;
    }

    void matrix() {
        PdfReport.newPage(document, PdfReport.LANDSCAPE);
        document.add(PdfStyle.heading("Priority matrix"));
        // numbered in the order of the table below: by tier, the least ready first
        List<PriorityMatrix.Bubble> bubbles = PriorityMatrix.of(content.assessment(), content.plan()).stream()
                .sorted(Comparator.comparing(PriorityMatrix.Bubble::tier)
                        .thenComparingDouble(PriorityMatrix.Bubble::readiness)).toList();
        MatrixPainter painter = new MatrixPainter(bubbles);
        float width = width();
        document.add(VectorDrawing.of(writer.getDirectContent(), width, 310, g -> painter.paint(g, width, 310)));
        document.add(PdfStyle.note("Each bubble is a component: its tier (business criticality) on the left, how far its "
                + "readiness is from 10 across. Size: hours of its open plan steps. Colour: the worst risk among "
                + "them (red high, amber medium, green low). Labels give readiness and hours; where they would "
                + "crowd, only the number, named in the table."));
        document.add(PdfStyle.subheading("Components by tier"));
        PdfPTable board = PdfStyle.table(new float[] {2.2f, 8}, "tier", "components: number, name (readiness)");
        for (Tier tier : Tier.values()) {
            board.addCell(PdfStyle.cell(tier.name() + "  " + tier.title(), PdfStyle.TABLE_HEAD));
            List<String> names = new java.util.ArrayList<>();
            for (int i = 0; i < bubbles.size(); i++) {
                PriorityMatrix.Bubble b = bubbles.get(i);
                if (b.tier() == tier) {
                    names.add((i + 1) + " " + b.name() + String.format(Locale.ROOT, " (%.1f)", b.readiness()));
                }
            }
            board.addCell(PdfStyle.cell(String.join(", ", names)));
        }
        document.add(board);
    }

    void timeline() {
        PdfReport.newPage(document, PdfReport.LANDSCAPE);
        document.add(PdfStyle.heading("Phase timeline"));
        UpgradePlan plan = content.plan();
        if (plan == null || plan.steps().stream().noneMatch(UpgradeStep::isOpen)) {
            document.add(PdfStyle.paragraph(plan == null ? "No plan has been made for this assessment yet: run "
                    + "'uplift plan' (or open the Plan view) and export again." : "Every step is done: nothing is left "
                    + "to schedule."));
            return;
        }
        List<List<TimelinePainter.Row>> pages = TimelinePainter.pages(plan, TIMELINE_ROWS_PER_PAGE);
        document.add(PdfStyle.note("Open steps on working days under their phases; red bars are the critical path, "
                + "arrows lead from a prerequisite to the step that waits for it. Ready by " + plan.readyBy() + "."));
        for (int i = 0; i < pages.size(); i++) {
            if (i > 0) {
                PdfReport.newPage(document, PdfReport.LANDSCAPE);
                document.add(PdfStyle.subheading("Phase timeline, continued (" + (i + 1) + " of " + pages.size() + ")"));
            }
            TimelinePainter painter = new TimelinePainter(plan, pages.get(i));
            float width = width();
            float height = (float) TimelinePainter.height(pages.get(i).size());
            document.add(VectorDrawing.of(writer.getDirectContent(), width, height, g -> painter.paint(g, width)));
        }
    }

    void stepTable() {
        UpgradePlan plan = content.plan();
        PdfReport.newPage(document, PdfReport.LANDSCAPE);
        document.add(PdfStyle.heading("The plan, step by step"));
        if (plan == null) {
            document.add(PdfStyle.paragraph("No plan has been made for this assessment yet."));
            return;
        }
        Set<String> critical = new HashSet<>(plan.criticalPath());
        List<UpgradeStep> open = plan.steps().stream().filter(UpgradeStep::isOpen)
                .sorted(Comparator.comparingInt(UpgradeStep::startDay).thenComparing(UpgradeStep::id)).toList();
        long done = plan.steps().stream().filter(s -> !s.isOpen()).count();
        document.add(PdfStyle.note(open.size() + " open steps" + (done > 0 ? "; " + done + " verified or excluded steps "
                + "are left out" : "") + ". Dates are working days; * marks the critical path. Team: "
                + plan.capacity().entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", ")) + "."));
        PdfPTable t = PdfStyle.table(new float[] {6.5f, 1.8f, 1.6f, 2.4f, 1.6f, 1.6f, 1, 1.1f, 3.6f}, "step",
                "component", "category", "phase", "start", "end", "hours", "risk", "validated by");
        for (UpgradeStep s : open) {
            t.addCell(PdfStyle.cell((critical.contains(s.id()) ? "* " : "") + s.title()));
            t.addCell(PdfStyle.cell(s.componentId() == null ? "repository" : s.componentId()));
            t.addCell(PdfStyle.cell(s.category().title()));
            t.addCell(PdfStyle.cell(s.phase()));
            t.addCell(PdfStyle.cell(WorkingDays.plus(plan.startDate(), s.startDay()).toString()));
            t.addCell(PdfStyle.cell(WorkingDays.plus(plan.startDate(), Math.max(s.startDay(), s.endDay() - 1)).toString()));
            t.addCell(PdfStyle.number(String.format(Locale.ROOT, "%.0f", s.effortHours())));
            t.addCell(PdfStyle.coloured(s.risk().name().toLowerCase(Locale.ROOT), PdfStyle.risk(s.risk())));
            t.addCell(PdfStyle.cell(s.validation().stream().map(v -> v.describe()).collect(Collectors.joining("; "))));
        }
        document.add(t);
    }
}
