package dev.uplift.app.report;

import dev.uplift.model.Tier;
import dev.uplift.model.plan.PriorityMatrix;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Paints the priority matrix: tiers top to bottom (critical infrastructure first), the readiness gap
 * left to right, a bubble per component sized by the effort of its open steps and coloured by their
 * worst risk, and the four quadrants named for what to do about them.
 */
final class MatrixPainter {
    private static final Font LABEL = new Font("SansSerif", Font.PLAIN, 8);
    private static final Font AXIS = new Font("SansSerif", Font.BOLD, 9);
    private static final Font QUADRANT = new Font("SansSerif", Font.BOLD, 11);
    private static final double GAP_SPLIT = 3; // readiness 7 of 10: closer than that is "nearly there"

    private final List<PriorityMatrix.Bubble> bubbles;

    /** @param bubbles in the order they are numbered: the number is the position in this list, from 1 */
    MatrixPainter(List<PriorityMatrix.Bubble> bubbles) {
        this.bubbles = bubbles;
    }

    void paint(Graphics2D g, double width, double height) {
        double left = 120;
        double top = 10;
        double right = width - 15;
        double bottom = height - 40;
        Rectangle2D plot = new Rectangle2D.Double(left, top, right - left, bottom - top);
        double band = plot.getHeight() / Tier.values().length;
        double splitX = x(plot, GAP_SPLIT);
        // quadrants: the upper half is P1 and P2
        // titles sit in the outer corners, away from each other and from most bubbles
        quadrant(g, new Rectangle2D.Double(splitX, top, right - splitX, band * 2), new Color(0xfd, 0xec, 0xea),
                "Critical, far from ready: fix first", true, true);
        quadrant(g, new Rectangle2D.Double(left, top, splitX - left, band * 2), new Color(0xfd, 0xf6, 0xe3),
                "Critical, nearly ready: finish", false, true);
        quadrant(g, new Rectangle2D.Double(splitX, top + band * 2, right - splitX, band * 2),
                new Color(0xee, 0xf3, 0xfb), "Less critical, far: schedule", true, false);
        quadrant(g, new Rectangle2D.Double(left, top + band * 2, splitX - left, band * 2), new Color(0xee, 0xf7, 0xee),
                "Less critical, nearly ready: maintain", false, false);
        g.setColor(PdfStyle.RULE);
        g.setStroke(new BasicStroke(0.5f));
        for (int i = 0; i <= Tier.values().length; i++) {
            double y = top + band * i;
            g.draw(new java.awt.geom.Line2D.Double(left, y, right, y));
        }
        for (int gap = 0; gap <= 10; gap++) {
            double x = x(plot, gap);
            g.setColor(PdfStyle.RULE);
            g.draw(new java.awt.geom.Line2D.Double(x, top, x, bottom));
            g.setColor(PdfStyle.MUTED);
            g.setFont(LABEL);
            centred(g, Integer.toString(gap), x, bottom + 11);
        }
        g.setFont(AXIS);
        g.setColor(PdfStyle.INK);
        centred(g, "readiness gap (10 minus the readiness score)", plot.getCenterX(), bottom + 27);
        for (Tier tier : Tier.values()) {
            double y = top + band * tier.ordinal() + band / 2;
            g.setFont(AXIS);
            g.drawString(tier.name(), 8, (float) y - 2);
            g.setFont(LABEL);
            g.setColor(PdfStyle.MUTED);
            g.drawString(PdfStyle.clean(tier.title()), 8, (float) y + 9);
            g.setColor(PdfStyle.INK);
        }
        paintBubbles(g, plot, band);
        g.setColor(PdfStyle.INK);
        g.setStroke(new BasicStroke(0.8f));
        g.draw(plot);
    }

    private void paintBubbles(Graphics2D g, Rectangle2D plot, double band) {
        double maxEffort = bubbles.stream().mapToDouble(PriorityMatrix.Bubble::effortHours).max().orElse(0);
        Map<Tier, List<Integer>> byTier = new EnumMap<>(Tier.class);
        for (int i = 0; i < bubbles.size(); i++) {
            byTier.computeIfAbsent(bubbles.get(i).tier(), t -> new ArrayList<>()).add(i);
        }
        List<Rectangle2D> taken = new ArrayList<>();
        List<Runnable> labels = new ArrayList<>();
        for (Map.Entry<Tier, List<Integer>> e : byTier.entrySet()) {
            List<Integer> row = new ArrayList<>(e.getValue());
            // the largest first, so smaller bubbles are painted over them and stay visible
            row.sort(Comparator.comparingDouble((Integer i) -> bubbles.get(i).effortHours()).reversed());
            double bandTop = plot.getY() + band * e.getKey().ordinal();
            for (int k = 0; k < row.size(); k++) {
                int index = row.get(k);
                PriorityMatrix.Bubble b = bubbles.get(index);
                // spread a tier's bubbles over its band so equal gaps do not hide each other
                double largest = Math.min(17, band * 0.3);
                double r = maxEffort == 0 ? 5 : 4 + largest * Math.sqrt(b.effortHours() / maxEffort);
                double spread = bandTop + band * (row.size() == 1 ? 0.5 : 0.25 + 0.5 * k / (row.size() - 1));
                double y = Math.min(bandTop + band - r - 2, Math.max(bandTop + r + 2, spread)); // inside its band
                double x = x(plot, b.gap());
                Color fill = PdfStyle.risk(b.risk());
                g.setColor(new Color(fill.getRed(), fill.getGreen(), fill.getBlue(), 150));
                g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
                g.setColor(fill.darker());
                g.setStroke(new BasicStroke(0.8f));
                g.draw(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
                labels.add(() -> label(g, plot, taken, index + 1, b, x, y, r));
            }
        }
        labels.forEach(Runnable::run); // after every bubble, so no bubble covers a label
    }

    /**
     * The bubble's number, and its name where that does not run into another label: right of the
     * bubble, else left of it, else only the number (the table under the matrix names every number).
     */
    private static void label(Graphics2D g, Rectangle2D plot, List<Rectangle2D> taken, int number,
                              PriorityMatrix.Bubble b, double x, double y, double r) {
        g.setFont(LABEL);
        FontMetrics m = g.getFontMetrics();
        String full = number + " " + PdfStyle.clean(b.name()) + String.format(java.util.Locale.ROOT, "  %.1f, %.0f h",
                b.readiness(), b.effortHours());
        double w = m.stringWidth(full);
        double h = m.getAscent();
        for (double tx : new double[] {x + r + 3, x - r - 3 - w}) {
            Rectangle2D box = new Rectangle2D.Double(tx, y + 3 - h, w, h + 2);
            if (tx >= plot.getX() + 2 && box.getMaxX() <= plot.getMaxX() - 2
                    && taken.stream().noneMatch(box::intersects)) {
                taken.add(box);
                g.setColor(PdfStyle.INK);
                g.drawString(full, (float) tx, (float) y + 3);
                return;
            }
        }
        String only = Integer.toString(number);
        g.setColor(PdfStyle.INK);
        g.drawString(only, (float) (x - m.stringWidth(only) / 2.0), (float) y + 3);
    }

    private static void quadrant(Graphics2D g, Rectangle2D area, Color fill, String title, boolean alignRight,
                                 boolean atTop) {
        g.setColor(fill);
        g.fill(area);
        g.setColor(new Color(0, 0, 0, 90));
        g.setFont(QUADRANT);
        double width = g.getFontMetrics().stringWidth(title);
        double x = alignRight ? area.getMaxX() - width - 6 : area.getX() + 6;
        double y = atTop ? area.getY() + 15 : area.getMaxY() - 7;
        g.drawString(title, (float) x, (float) y);
    }

    private static double x(Rectangle2D plot, double gap) {
        return plot.getX() + plot.getWidth() * Math.min(10, Math.max(0, gap)) / 10;
    }

    private static void centred(Graphics2D g, String text, double x, double y) {
        g.drawString(text, (float) (x - g.getFontMetrics().stringWidth(text) / 2.0), (float) y);
    }
}
