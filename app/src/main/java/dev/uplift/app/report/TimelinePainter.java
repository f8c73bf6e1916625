package dev.uplift.app.report;

import dev.uplift.model.plan.Phase;
import dev.uplift.model.plan.UpgradePlan;
import dev.uplift.model.plan.UpgradeStep;
import dev.uplift.model.plan.WorkingDays;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Paints the phase timeline as a Gantt chart over working days: a row per phase with its steps below
 * it, bars on the calendar, prerequisites as arrows, the critical path in red. A long plan is split
 * into pages of rows ({@link #pages(UpgradePlan, int)}); every page keeps the whole time axis.
 */
final class TimelinePainter {
    private static final Font LABEL = new Font("SansSerif", Font.PLAIN, 7);
    private static final Font PHASE = new Font("SansSerif", Font.BOLD, 8);
    private static final Font DATE = new Font("SansSerif", Font.PLAIN, 7);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    static final double ROW = 12.5;
    private static final double HEADER = 26;
    private static final double LABELS = 250;

    /** A phase heading or a step. */
    record Row(Phase phase, UpgradeStep step) {
    }

    private final UpgradePlan plan;
    private final List<Row> rows;
    private final Set<String> critical;

    TimelinePainter(UpgradePlan plan, List<Row> rows) {
        this.plan = plan;
        this.rows = rows;
        this.critical = new HashSet<>(plan.criticalPath());
    }

    /** The plan's open steps under their phases, cut into pages of at most {@code rowsPerPage} rows. */
    static List<List<Row>> pages(UpgradePlan plan, int rowsPerPage) {
        List<Row> all = new ArrayList<>();
        plan.openStepsByPhase().forEach((phase, steps) -> {
            all.add(new Row(phase, null));
            steps.forEach(s -> all.add(new Row(null, s)));
        });
        List<List<Row>> pages = new ArrayList<>();
        for (int i = 0; i < all.size(); i += rowsPerPage) {
            pages.add(all.subList(i, Math.min(all.size(), i + rowsPerPage)));
        }
        return pages;
    }

    static double height(int rows) {
        return HEADER + rows * ROW + 4;
    }

    void paint(Graphics2D g, double width) {
        int days = Math.max(1, plan.makespanDays());
        double left = LABELS;
        double right = width - 8;
        double dayWidth = (right - left) / days;
        double bottom = HEADER + rows.size() * ROW;
        paintCalendar(g, left, right, dayWidth, days, bottom);
        Map<String, Double> rowCentre = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            double y = HEADER + i * ROW;
            Row row = rows.get(i);
            if (row.phase() != null) {
                paintPhase(g, row.phase(), left, dayWidth, y, right);
            } else {
                rowCentre.put(row.step().id(), y + ROW / 2);
                paintStep(g, row.step(), left, dayWidth, y);
            }
        }
        paintArrows(g, rowCentre, left, dayWidth);
    }

    private void paintCalendar(Graphics2D g, double left, double right, double dayWidth, int days, double bottom) {
        g.setFont(DATE);
        FontMetrics m = g.getFontMetrics();
        // a long plan is labelled by month and year; grid lines stay at least 6 points apart
        DateTimeFormatter format = days > 250 ? MONTH : DAY;
        int gridEvery = 5 * (int) Math.ceil(6 / (5 * dayWidth));
        int labelEvery = gridEvery;
        while (labelEvery * dayWidth < m.stringWidth(format.format(plan.startDate())) + 8) {
            labelEvery += gridEvery;
        }
        for (int d = 0; d <= days; d += gridEvery) {
            double x = left + d * dayWidth;
            g.setColor(PdfStyle.RULE);
            g.setStroke(new BasicStroke(0.4f));
            g.draw(new Line2D.Double(x, HEADER - 4, x, bottom));
            String label = format.format(WorkingDays.plus(plan.startDate(), d));
            if (d % labelEvery == 0 && x + 2 + m.stringWidth(label) <= right) {
                g.setColor(PdfStyle.MUTED);
                g.drawString(label, (float) x + 2, (float) HEADER - 8);
            }
        }
        g.setColor(PdfStyle.INK);
        g.setFont(PHASE);
        g.drawString("step", 4, (float) HEADER - 8);
        LocalDate end = WorkingDays.plus(plan.startDate(), Math.max(0, days - 1));
        String span = "working days from " + plan.startDate() + " to " + end;
        g.setFont(DATE);
        g.setColor(PdfStyle.MUTED);
        g.drawString(span, (float) (right - g.getFontMetrics().stringWidth(span)), 8);
        g.setColor(PdfStyle.INK);
        g.setStroke(new BasicStroke(0.6f));
        g.draw(new Line2D.Double(0, HEADER - 4, right, HEADER - 4));
    }

    private static void paintPhase(Graphics2D g, Phase phase, double left, double dayWidth, double y, double right) {
        g.setColor(PdfStyle.HEADER_FILL);
        g.fill(new Rectangle2D.Double(0, y, right, ROW));
        g.setColor(PdfStyle.INK);
        g.setFont(PHASE);
        g.drawString(PdfStyle.clean(phase.name()), 4, (float) (y + ROW - 3.5));
        double x0 = left + phase.startDay() * dayWidth;
        double x1 = left + phase.endDay() * dayWidth;
        g.setColor(new Color(0x5b, 0x67, 0x78));
        Path2D bracket = new Path2D.Double();
        bracket.moveTo(x0, y + ROW - 2);
        bracket.lineTo(x0, y + 3);
        bracket.lineTo(x1, y + 3);
        bracket.lineTo(x1, y + ROW - 2);
        g.setStroke(new BasicStroke(1.6f));
        g.draw(bracket);
    }

    private void paintStep(Graphics2D g, UpgradeStep step, double left, double dayWidth, double y) {
        boolean onCriticalPath = critical.contains(step.id());
        g.setFont(LABEL);
        g.setColor(PdfStyle.INK);
        String label = fit(g, PdfStyle.clean(step.title()), LABELS - 14);
        g.drawString(label, 10, (float) (y + ROW - 3.5));
        double x0 = left + step.startDay() * dayWidth;
        double x1 = left + Math.max(step.endDay(), step.startDay() + 1) * dayWidth;
        Rectangle2D bar = new Rectangle2D.Double(x0, y + 2.5, Math.max(2, x1 - x0 - 0.5), ROW - 5);
        g.setColor(onCriticalPath ? PdfStyle.BAD : PdfStyle.ACCENT);
        g.fill(bar);
    }

    private void paintArrows(Graphics2D g, Map<String, Double> rowCentre, double left, double dayWidth) {
        Map<String, UpgradeStep> byId = new HashMap<>();
        plan.steps().forEach(s -> byId.put(s.id(), s));
        g.setStroke(new BasicStroke(0.5f));
        for (Row row : rows) {
            if (row.step() == null) {
                continue;
            }
            for (String id : row.step().prerequisites()) {
                UpgradeStep before = byId.get(id);
                Double from = rowCentre.get(id);
                if (before == null || from == null || !before.isOpen()) {
                    continue; // on another page, or done: the step's own bar shows when it may start
                }
                double to = rowCentre.get(row.step().id());
                double xFrom = left + before.endDay() * dayWidth;
                double xTo = left + row.step().startDay() * dayWidth;
                boolean critical = this.critical.contains(id) && this.critical.contains(row.step().id());
                // a prerequisite that sets the step's start is drawn firmly; one with slack, faintly
                boolean binding = row.step().startDay() <= before.endDay();
                g.setColor(critical ? PdfStyle.BAD : binding ? new Color(0x5b, 0x67, 0x78) : new Color(0xc8, 0xce, 0xd6));
                Path2D line = new Path2D.Double();
                line.moveTo(xFrom, from);
                double elbow = Math.max(xFrom + 2, Math.min(xTo, xFrom + 4));
                line.lineTo(elbow, from);
                line.lineTo(elbow, to);
                line.lineTo(xTo - 1, to);
                g.draw(line);
                Path2D head = new Path2D.Double();
                head.moveTo(xTo - 1, to);
                head.lineTo(xTo - 4, to - 2);
                head.lineTo(xTo - 4, to + 2);
                head.closePath();
                g.fill(head);
            }
        }
    }

    private static String fit(Graphics2D g, String text, double width) {
        FontMetrics m = g.getFontMetrics();
        if (m.stringWidth(text) <= width) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && m.stringWidth(cut + "...") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "...";
    }
}
